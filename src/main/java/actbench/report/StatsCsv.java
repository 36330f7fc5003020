package actbench.report;

import actbench.experiment.RunResult;
import actbench.stats.LayerAccumulator;
import actbench.stats.LayerStatistics;
import actbench.stats.MeanField;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV view: one row per combination and layer (layer 0 is the input), with the histogram as
 * columns {@code hist_0 .. hist_29} and the mean-field prediction as {@code theory_mean},
 * {@code theory_std} (empty for the input, and where the theory does not apply). Overflowed
 * layers have {@code overflow=true} and empty statistics. Numbers are written in full precision.
 */
public final class StatsCsv {

    private StatsCsv() {
    }

    public static String render(StatsReport report) {
        List<String> header = new ArrayList<>(List.of("activation", "init", "scale", "depth", "width",
                "batch", "seed", "rng", "precision", "kernel", "threads", "layer", "overflow", "mean",
                "std", "min", "max", "saturated", "zeros", "below", "above", "theory_mean", "theory_std"));
        for (int b = 0; b < LayerAccumulator.BINS; b++) {
            header.add("hist_" + b);
        }
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (RunResult run : report.runs()) {
            String prefix = String.join(",", run.activation().label(), run.init().name(),
                    Double.toString(run.scale()), Integer.toString(run.config().depth()),
                    Integer.toString(run.config().width()), Integer.toString(run.config().batch()),
                    Long.toString(run.config().seed()), run.config().rng().label(),
                    run.config().precision().label(), run.kernel(),
                    Integer.toString(run.config().threads()));
            row(out, prefix, 0, run.input(), null);
            for (int i = 0; i < run.layers().size(); i++) {
                row(out, prefix, i + 1, run.layers().get(i), run.theory(i + 1));
            }
        }
        return out.toString();
    }

    /** The two theory cells, empty without a theory. */
    private static String theory(MeanField.Moments theory) {
        return theory == null ? ",," : "," + theory.mean() + "," + theory.std();
    }

    private static void row(StringBuilder out, String prefix, int layer, LayerStatistics s,
                            MeanField.Moments theory) {
        out.append(prefix).append(',').append(layer).append(',').append(s.overflow());
        if (s.overflow()) {
            out.append(",".repeat(8)).append(theory(theory))
                    .append(",".repeat(LayerAccumulator.BINS)).append('\n');
            return;
        }
        out.append(',').append(s.mean()).append(',').append(s.std()).append(',').append(s.min())
                .append(',').append(s.max()).append(',').append(s.saturatedFraction())
                .append(',').append(s.zeroFraction()).append(',').append(s.below())
                .append(',').append(s.above()).append(theory(theory));
        for (long count : s.histogram()) {
            out.append(',').append(count);
        }
        out.append('\n');
    }
}
