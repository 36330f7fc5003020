package actbench.report;

import actbench.experiment.RunResult;
import actbench.stats.LayerAccumulator;
import actbench.stats.LayerStatistics;
import actbench.stats.MeanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CSV view: one row per combination and layer (layer 0 is the input), its {@link RunRecord}
 * first, then the layer's statistics, with the histogram as
 * columns {@code hist_0 .. hist_29} and the mean-field prediction as {@code theory_mean},
 * {@code theory_std} (empty for the input, and where the theory does not apply). Overflowed
 * layers have {@code overflow=true} and empty statistics. Runs stored in a 16-bit format add a last
 * column, {@code underflow}. Numbers are written in full precision.
 */
public final class StatsCsv {

    private StatsCsv() {
    }

    public static String render(StatsReport report) {
        List<String> header = new ArrayList<>(RunRecord.columns());
        header.addAll(List.of("layer", "overflow", "mean", "std", "min", "max", "saturated", "zeros", "below",
                "above", "theory_mean", "theory_std"));
        for (int b = 0; b < LayerAccumulator.BINS; b++) {
            header.add("hist_" + b);
        }
        boolean rounded = report.config().precision().rounded();
        if (rounded) {
            header.add("underflow");
        }
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (RunResult run : report.runs()) {
            String prefix = RunRecord.of(run, report.environment()).toMap().values().stream()
                    .map(value -> cell(String.valueOf(value))).collect(Collectors.joining(","));
            row(out, prefix, 0, run.input(), Optional.empty(), rounded);
            for (int i = 0; i < run.layers().size(); i++) {
                row(out, prefix, i + 1, run.layers().get(i), run.theory(i + 1), rounded);
            }
        }
        return out.toString();
    }

    /** A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
    static String cell(String text) {
        return text.matches("[^,\"\r\n]*") ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The two theory cells, empty without a theory. */
    private static String theory(Optional<MeanField.Moments> theory) {
        return theory.map(t -> "," + t.mean() + "," + t.std()).orElse(",,");
    }

    private static void row(StringBuilder out, String prefix, int layer, LayerStatistics s,
                            Optional<MeanField.Moments> theory, boolean rounded) {
        out.append(prefix).append(',').append(layer).append(',').append(s.overflow());
        String underflow = rounded ? "," + s.underflowFraction() : "";
        if (s.overflow()) {
            out.append(",".repeat(8)).append(theory(theory))
                    .append(",".repeat(LayerAccumulator.BINS)).append(underflow).append('\n');
            return;
        }
        out.append(',').append(s.mean()).append(',').append(s.std()).append(',').append(s.min())
                .append(',').append(s.max()).append(',').append(s.saturatedFraction())
                .append(',').append(s.zeroFraction());
        // a histogram not recorded leaves its cells empty, as an overflowed layer's
        Optional<LayerStatistics.Bins> bins = s.bins();
        out.append(bins.map(b -> "," + b.below() + "," + b.above()).orElse(",,")).append(theory(theory))
                .append(bins.map(StatsCsv::counts).orElse(",".repeat(LayerAccumulator.BINS)))
                .append(underflow).append('\n');
    }

    /** The bin counts, each after a comma. */
    private static String counts(LayerStatistics.Bins bins) {
        StringBuilder cells = new StringBuilder();
        for (long count : bins.counts()) {
            cells.append(',').append(count);
        }
        return cells.toString();
    }
}
