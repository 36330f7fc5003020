package actbench.report;

import static actbench.report.Numbers.percent;
import static actbench.report.Numbers.sig;

import actbench.experiment.GradientPass;
import actbench.experiment.RunResult;
import actbench.experiment.Throughput;
import actbench.stats.LayerStatistics;
import actbench.stats.MeanField;
import actbench.stats.SeedSpread;
import actbench.stats.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The human views of a {@link StatsReport}: per-combination tables and the closing summary. */
public final class StatsTables {

    private final StatsReport report;
    private final View view;

    private StatsTables(StatsReport report, View view) {
        this.report = report;
        this.view = view;
    }

    /** Aligned plain text for a terminal. */
    public static String text(StatsReport report) {
        return new StatsTables(report, View.TEXT).render();
    }

    /** The same content as Markdown ({@code stats.md}). */
    public static String markdown(StatsReport report) {
        return new StatsTables(report, View.MARKDOWN).render();
    }

    private String render() {
        StringBuilder out = new StringBuilder();
        if (view.isMarkdown()) {
            out.append("# actbench stats\n\n").append(report.stamp()).append("\n\n");
            out.append("depth ").append(report.config().depth()).append(", width ")
                    .append(report.config().width()).append(", batch ").append(report.config().batch())
                    .append("\n\n");
        }
        for (RunResult run : report.runs()) {
            out.append(heading(run)).append('\n');
            if (view.isMarkdown()) {
                out.append('\n');
            }
            out.append(render(layerTable(run)));
            if (!run.spread().isEmpty()) {
                out.append(view.isMarkdown() ? "\nOver " + run.config().seeds() + " seeds (95% confidence, Student t)\n\n"
                        : "over " + run.config().seeds() + " seeds (95% confidence, Student t)\n");
                out.append(render(spreadTable(run)));
            }
            if (!run.gradients().isEmpty()) {
                out.append(view.isMarkdown() ? "\nGradients (upstream dL/dH of the last layer ~ N(0, 1))\n\n"
                        : "gradients (upstream dL/dH of the last layer ~ N(0, 1))\n");
                out.append(render(gradientTable(run)));
            }
            out.append(view.isMarkdown() ? "\n" : "").append(throughputLine(run.throughput())).append("\n\n");
        }
        out.append(view.isMarkdown() ? "## Summary\n\n" : "Summary\n");
        out.append(render(summary(report.runs())));
        if (view.isMarkdown()) {
            out.append("\n## Environment\n\n");
            report.environment().asMap().forEach((key, value) ->
                    out.append("- ").append(key).append(": ").append(value).append('\n'));
        }
        return out.toString();
    }

    private String render(Table table) {
        return view.table(table);
    }

    private String heading(RunResult run) {
        String title = run.activation().label() + " / " + run.init().name()
                + " (layer-1 weight std " + sig(run.scale()) + ")";
        return view.isMarkdown() ? "## " + title : title;
    }

    /** Per layer; runs stored in a 16-bit format get an {@code underflow} column. */
    static Table layerTable(RunResult run) {
        boolean rounded = run.config().precision().rounded();
        List<String> headers = new ArrayList<>(List.of("layer", "mean", "std", "theory std", "min", "max",
                "saturated", "zeros"));
        if (rounded) {
            headers.add("underflow");
        }
        Table table = new Table(headers.toArray(String[]::new));
        add(table, "input", run.input(), Double.NaN, rounded);
        List<LayerStatistics> layers = run.layers();
        for (int i = 0; i < layers.size(); i++) {
            add(table, Integer.toString(i + 1), layers.get(i),
                    run.theory(i + 1).map(MeanField.Moments::std).orElse(Double.NaN), rounded);
        }
        return table;
    }

    private static void add(Table table, String label, LayerStatistics s, double theoryStd, boolean rounded) {
        String theory = Double.isNaN(theoryStd) ? "-" : sig(theoryStd);
        List<String> cells = s.overflow()
                ? new ArrayList<>(List.of(label, "overflow", "overflow", theory, "", "", "", ""))
                : new ArrayList<>(List.of(label, sig(s.mean()), sig(s.std()), theory, sig(s.min()), sig(s.max()),
                        percent(s.saturatedFraction()), percent(s.zeroFraction())));
        if (rounded) {
            cells.add(percent(s.underflowFraction()));
        }
        table.row(cells.toArray(String[]::new));
    }

    static Table spreadTable(RunResult run) {
        Table table = new Table("layer", "mean", "+- 95%", "std", "+- 95%");
        for (int i = 0; i < run.spread().size(); i++) {
            SeedSpread s = run.spread().get(i);
            if (s == null) {
                table.row(Integer.toString(i + 1), "overflow", "", "overflow", "");
            } else {
                table.row(Integer.toString(i + 1), sig(s.mean()), sig(s.meanCi95()), sig(s.std()),
                        sig(s.stdCi95()));
            }
        }
        return table;
    }

    static Table gradientTable(RunResult run) {
        Table table = new Table("layer", "dL/dH mean", "dL/dH std", "dL/dW mean", "dL/dW std");
        for (int i = 0; i < run.gradients().size(); i++) {
            GradientPass.LayerGradients g = run.gradients().get(i);
            table.row(Integer.toString(i + 1), stat(g.dh(), true), stat(g.dh(), false),
                    stat(g.dw(), true), stat(g.dw(), false));
        }
        return table;
    }

    private static String stat(LayerStatistics s, boolean mean) {
        return s.overflow() ? "overflow" : sig(mean ? s.mean() : s.std());
    }

    static String throughputLine(Optional<Throughput> timed) {
        if (timed.isEmpty()) {
            return "throughput: not measured";
        }
        Throughput t = timed.get();
        // a 99th percentile of fewer than 100 passes is only the slowest one: say so
        String tail = t.passes() >= 100 ? ", p99 " + Numbers.short3(t.latencyMillis(99)) + " ms"
                : ", slowest " + Numbers.short3(t.maxLatencyMillis()) + " ms";
        return "throughput: " + Numbers.short3(t.passesPerSecond()) + " passes/s, " + Numbers.short3(t.gflops())
                + " GFLOPS, latency p50 " + Numbers.short3(t.latencyMillis(50)) + " ms" + tail + " ("
                + t.passes() + (t.passes() == 1 ? " pass)" : " passes)");
    }

    /** Std at the first, middle and last layer, and the verdict, for every combination. */
    static Table summary(List<RunResult> runs) {
        int depth = runs.get(0).config().depth();
        List<Integer> shown = new ArrayList<>(List.of(1));
        int middle = Math.max(1, (depth + 1) / 2);
        if (!shown.contains(middle)) {
            shown.add(middle);
        }
        if (!shown.contains(depth)) {
            shown.add(depth);
        }
        List<String> headers = new ArrayList<>(List.of("activation", "init"));
        shown.forEach(layer -> headers.add("std L" + layer));
        headers.add("GFLOPS");
        headers.add("verdict");
        Table table = new Table(headers.toArray(String[]::new));
        for (RunResult run : runs) {
            List<String> cells = new ArrayList<>(List.of(run.activation().label(), run.init().name()));
            for (int layer : shown) {
                LayerStatistics s = run.layers().get(layer - 1);
                cells.add(s.overflow() ? "overflow" : sig(s.std()));
            }
            cells.add(run.throughput().map(t -> Numbers.short3(t.gflops())).orElse("-"));
            cells.add(verdict(run));
            table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    /**
     * The summary's word for a run (also the JSON's {@code "verdict"}): an overflow first, then
     * (in a 16-bit format) the first layer most of whose values sank below the normal range.
     */
    static String verdict(RunResult run) {
        OptionalInt overflow = Verdict.firstOverflow(run.layers());
        if (overflow.isPresent()) {
            return "overflows at layer " + overflow.getAsInt();
        }
        OptionalInt underflow = Verdict.firstUnderflow(run.layers());
        return underflow.isPresent() ? "underflows from layer " + underflow.getAsInt()
                : Verdict.of(run.layers(), run.activation().saturable()).label();
    }
}
