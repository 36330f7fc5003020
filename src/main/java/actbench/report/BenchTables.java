package actbench.report;

import static actbench.report.Numbers.fixed;

import actbench.harness.BenchPlan;
import actbench.harness.BenchResults;
import actbench.harness.BenchResults.ElementwiseRow;
import actbench.harness.BenchResults.ForwardRow;
import actbench.harness.BenchResults.KernelRow;
import actbench.harness.BenchResults.PairedRow;
import actbench.harness.NumpyBaseline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The views of a {@code bench} run: the kernel table (text, Markdown) and its JSON. */
public final class BenchTables {

    private BenchTables() {
    }

    public static String text(BenchResults results, String stamp) {
        return render(results, stamp, View.TEXT);
    }

    /** {@code kernels.md}. */
    public static String markdown(BenchResults results, String stamp) {
        return render(results, stamp, View.MARKDOWN);
    }

    private static String render(BenchResults r, String stamp, View view) {
        StringBuilder out = new StringBuilder();
        out.append(view.isMarkdown() ? "# actbench bench\n\n" : "").append(stamp).append("\n\n");
        out.append("Measured FMA peak, one core: ");
        r.peak().forEach((precision, gflops) -> out.append(precision).append(' ')
                .append(fixed(gflops, 1)).append(" GFLOPS  "));
        out.append("\n");
        for (NumpyBaseline.Result numpy : r.numpy()) {
            out.append("numpy baseline, ").append(numpy.threads()).append(" thread(s): ");
            if (numpy.document() == null) {
                out.append(numpy.unavailable());
            } else {
                out.append("numpy ").append(numpy.document().get("numpy")).append(", ")
                        .append(numpy.document().get("blas")).append(", kernels ")
                        .append(numpy.document().get("kernels"));
                Object twice = numpy.document().get("measured_twice");
                if (twice != null) {
                    out.append("; ").append(twice);
                }
            }
            out.append('\n');
        }
        out.append("Times are medians of every sampled call, +- half their interquartile range, beside the fastest "
                + "call (\"best\"); numpy's likewise. On a shared machine slowdowns only add time: compare medians "
                + "with medians and best with best.\n");
        out.append('\n');
        out.append(view.table(kernelTable(r)));
        bytesMoved(r).ifPresent(line -> out.append(view.isMarkdown() ? "\n" : "").append(line).append('\n'));
        r.unavailablePeers().forEach((peer, why) -> out.append(view.isMarkdown() ? "\n- " : "\n")
                .append(peer).append(": not measured, ").append(why));
        if (!r.unavailablePeers().isEmpty()) {
            out.append('\n');
        }
        Table spread = spreadTable(r);
        if (spread.rows() > 0) {
            out.append(view.isMarkdown() ? "\n## Launch to launch (one kernel, several forks)\n\n"
                    : "\nLaunch to launch (one kernel, several forks)\n");
            out.append(view.table(spread));
        }
        if (!r.paired().isEmpty()) {
            out.append(view.isMarkdown() ? "\n## Paired with native OpenBLAS (call by call, one fork)\n\n"
                    : "\nPaired with native OpenBLAS (call by call, one fork)\n");
            out.append(view.table(pairedTable(r)));
            out.append(view.isMarkdown() ? "\n" : "").append(PAIRED_NOTE).append('\n');
        }
        if (!r.forward().isEmpty()) {
            out.append(view.isMarkdown() ? "\n## Forward pass (10 layers of 500, batch 1000)\n\n"
                    : "\nForward pass (10 layers of 500, batch 1000)\n");
            out.append(view.table(forwardTable(r)));
        }
        if (!r.elementwise().isEmpty()) {
            out.append(view.isMarkdown() ? "\n## Activations and statistics (500k values)\n\n"
                    : "\nActivations and statistics (500k values)\n");
            out.append(view.table(elementwiseTable(r)));
        }
        return out.toString();
    }

    /**
     * What the 16-bit storage rung saves: the bytes of A and B it reads per product against
     * float32's (C is written as float either way), if the run has that rung.
     */
    static Optional<String> bytesMoved(BenchResults r) {
        return r.kernels().stream().filter(row -> row.precision().equals(BenchPlan.BFLOAT16)).findFirst().map(row -> {
            long operands = (long) row.m() * row.k() + (long) row.k() * row.n();
            long c = (long) row.m() * row.n();
            return "bf16 reads A and B as 16-bit values: " + fixed(2.0 * operands / 1e6, 1) + " MB of operands per "
                    + row.m() + "x" + row.k() + "x" + row.n() + " product against " + fixed(4.0 * operands / 1e6, 1)
                    + " MB in f32 (C is written as float, " + fixed(4.0 * c / 1e6, 1) + " MB, in both); "
                    + "widened to float as they are packed, multiplied in float32.";
        });
    }

    static Table kernelTable(BenchResults r) {
        Table kernels = new Table("kernel", "precision", "threads", "m x k x n", "GFLOPS", "+-",
                "% of peak", "x naive", "x numpy", "x Java peer", "best", "best x numpy");
        for (KernelRow row : r.kernels()) {
            // the 16-bit storage rung computes in float32: its peak is f32's
            Double peak = r.peak().get(row.precision().equals(BenchPlan.BFLOAT16) ? "f32" : row.precision());
            double naive = r.naiveGflops(row.precision(), row.m(), row.k(), row.n());
            double numpy = r.numpyGflops(row.precision(), row.threads(), row.m(), row.k(), row.n());
            double numpyBest = r.numpyBestGflops(row.precision(), row.threads(), row.m(), row.k(), row.n());
            double javaPeer = r.bestJavaPeerGflops(row.precision(), row.threads(), row.m(), row.k(), row.n());
            kernels.row(row.peer() ? "(peer) " + row.kernel() : row.kernel(), row.precision(),
                    Integer.toString(row.threads()), row.m() + "x" + row.k() + "x" + row.n(),
                    fixed(row.gflops(), 1), fixed(row.gflopsError(), 1),
                    peak == null ? "-" : fixed(100 * row.gflops() / (peak * row.threads()), 0) + "%",
                    ratio(row.gflops(), naive), ratio(row.gflops(), numpy), ratio(row.gflops(), javaPeer),
                    fixed(row.bestGflops(), 1), ratio(row.bestGflops(), numpyBest));
        }
        return kernels;
    }

    /**
     * Kernels measured in several forks: each launch's fastest and median call, and the slowest
     * launch against numpy's fastest call. A launch whose fastest call stays below
     * {@link BenchResults#OUTLIER_SPREAD} of the best launch's was either compiled worse (a spilled
     * micro-kernel, say), which a user could meet, or slowed for all of its seconds by a neighbour
     * on a shared machine; medians move with the machine's load anyway. The table cannot tell
     * which: the flag says where to look (C2's code of the launch, -XX:CompileCommand=print).
     */
    static Table spreadTable(BenchResults r) {
        Table spread = new Table("kernel", "precision", "threads", "forks", "best call per fork",
                "median per fork", "slowest / fastest", "slowest x numpy", "compiles");
        for (KernelRow row : r.kernels()) {
            if (row.forkGflops().size() < 2) {
                continue;
            }
            double numpyBest = r.numpyBestGflops(row.precision(), row.threads(), row.m(), row.k(), row.n());
            double slowest = row.forkGflops().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            spread.row(row.kernel(), row.precision(), Integer.toString(row.threads()),
                    Integer.toString(row.forkGflops().size()), joined(row.forkGflops()),
                    joined(row.forkMedianGflops()), fixed(row.forkSpread(), 2), ratio(slowest, numpyBest),
                    row.forkSpread() < BenchResults.OUTLIER_SPREAD
                            ? "OUTLIER: a launch below " + fixed(BenchResults.OUTLIER_SPREAD, 2) + " of the best"
                            : "steady");
        }
        return spread;
    }

    private static String joined(List<Double> gflops) {
        StringBuilder out = new StringBuilder();
        gflops.forEach(g -> out.append(out.length() == 0 ? "" : " ").append(fixed(g, 1)));
        return out.toString();
    }

    static final String PAIRED_NOTE = "x OpenBLAS: the geometric mean over pairs of OpenBLAS's time over ours "
            + "(above 1: ours is faster); the two calls of a pair alternate in order and meet the same machine, "
            + "so the ratio holds while a neighbour's load comes and goes, where rows timed minutes apart need not.";

    static Table pairedTable(BenchResults r) {
        Table paired = new Table("kernel", "precision", "threads", "m x k x n", "pairs", "ms (mean)",
                "OpenBLAS ms (mean)", "x OpenBLAS");
        for (PairedRow row : r.paired()) {
            paired.row(row.kernel(), row.precision(), Integer.toString(row.threads()),
                    row.m() + "x" + row.k() + "x" + row.n(), Long.toString(row.pairs()), fixed(row.oursMillis(), 2),
                    fixed(row.openblasMillis(), 2), fixed(row.speed(), 2) + "x");
        }
        return paired;
    }

    static Table forwardTable(BenchResults r) {
        Table forward = new Table("activation", "precision", "threads", "ms", "+-", "numpy ms", "x numpy",
                "best ms", "best numpy ms", "best x numpy");
        for (ForwardRow row : r.forward()) {
            boolean tanh = row.activation().equals("tanh");
            double numpy = tanh ? r.numpyForwardMillis(row.precision(), row.threads()) : Double.NaN;
            double numpyBest = tanh ? r.numpyBestForwardMillis(row.precision(), row.threads()) : Double.NaN;
            forward.row(row.activation(), row.precision(), Integer.toString(row.threads()),
                    fixed(row.millis(), 2), fixed(row.error(), 2),
                    Double.isNaN(numpy) ? "-" : fixed(numpy, 2), ratio(numpy, row.millis()),
                    fixed(row.bestMillis(), 2), Double.isNaN(numpyBest) ? "-" : fixed(numpyBest, 2),
                    ratio(numpyBest, row.bestMillis()));
        }
        return forward;
    }

    static Table elementwiseTable(BenchResults r) {
        Table elementwise = new Table("method", "precision", "us", "+-");
        r.elementwise().forEach(row -> elementwise.row(row.method(), row.precision(),
                fixed(row.micros(), 1), fixed(row.error(), 1)));
        return elementwise;
    }

    /** Every file of a {@code bench} report folder; {@code svg}: charts also as SVG. */
    public static Map<String, byte[]> files(BenchResults r, String stamp, String jmhJson,
                                            Map<String, Object> environment, boolean svg) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Charts.Picture gflops = Charts.single(BenchCharts.gflops(r));
        Map<String, Charts.Picture> pictures = Map.of("gflops", gflops);
        Page page = new Page("actbench bench", svg).paragraph(stamp).environment(environment)
                .paragraph("Measured FMA peak, one core (GFLOPS): " + r.peak())
                .image(pictures, "gflops", "GFLOPS by kernel").heading("Kernels", null).table(kernelTable(r));
        r.unavailablePeers().forEach((peer, why) -> page.paragraph(peer + ": not measured, " + why));
        if (spreadTable(r).rows() > 0) {
            page.heading("Launch to launch", null).table(spreadTable(r));
        }
        if (!r.forward().isEmpty()) {
            page.heading("Forward pass", null).table(forwardTable(r));
        }
        if (!r.elementwise().isEmpty()) {
            page.heading("Activations and statistics", null).table(elementwiseTable(r));
        }
        page.data("jmh.json", "bench.json", "kernels.md");
        files.put("index.html", StatsPage.utf8(page.finish()));
        files.put("kernels.md", StatsPage.utf8(markdown(r, stamp)));
        files.put("bench.json", StatsPage.utf8(json(r, environment)));
        files.put("jmh.json", StatsPage.utf8(jmhJson));
        page.addPictures(files, pictures);
        return files;
    }

    /** A JSON row's first fields: which product. */
    private static Map<String, Object> product(String kernel, String precision, int threads, int m, int k, int n) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kernel", kernel);
        map.put("precision", precision);
        map.put("threads", threads);
        map.put("m", m);
        map.put("k", k);
        map.put("n", n);
        return map;
    }

    private static String ratio(double numerator, double denominator) {
        return Double.isFinite(numerator) && Double.isFinite(denominator) && denominator > 0
                ? fixed(numerator / denominator, 2) + "x" : "-";
    }

    /** {@code {"results": [...], "peak": {...}, "forward": [...], "paired": [...], "numpy": [...]}}. */
    public static String json(BenchResults r, Map<String, Object> environment) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (KernelRow row : r.kernels()) {
            Map<String, Object> map = product(row.kernel(), row.precision(), row.threads(), row.m(), row.k(), row.n());
            map.put("gflops", row.gflops());
            map.put("gflops_error", row.gflopsError());
            map.put("best_gflops", row.bestGflops());
            map.put("peer", row.peer());
            map.put("fork_best_gflops", row.forkGflops());
            map.put("fork_median_gflops", row.forkMedianGflops());
            rows.add(map);
        }
        root.put("results", rows);
        root.put("unavailable_peers", r.unavailablePeers());
        root.put("peak", r.peak());
        List<Object> forward = new ArrayList<>();
        for (ForwardRow row : r.forward()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("activation", row.activation());
            map.put("precision", row.precision());
            map.put("threads", row.threads());
            map.put("ms", row.millis());
            map.put("best_ms", row.bestMillis());
            forward.add(map);
        }
        root.put("forward", forward);
        List<Object> elementwise = new ArrayList<>();
        for (ElementwiseRow row : r.elementwise()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("method", row.method());
            map.put("precision", row.precision());
            map.put("us", row.micros());
            map.put("us_error", row.error());
            elementwise.add(map);
        }
        root.put("elementwise", elementwise);
        List<Object> paired = new ArrayList<>();
        for (PairedRow row : r.paired()) {
            Map<String, Object> map = product(row.kernel(), row.precision(), row.threads(), row.m(), row.k(), row.n());
            map.put("pairs", row.pairs());
            map.put("ms", row.oursMillis());
            map.put("openblas_ms", row.openblasMillis());
            map.put("x_openblas", row.speed());
            paired.add(map);
        }
        root.put("paired", paired);
        List<Object> numpy = new ArrayList<>();
        for (NumpyBaseline.Result result : r.numpy()) {
            numpy.add(result.document() != null ? result.document()
                    : Map.of("threads", result.threads(), "unavailable", result.unavailable()));
        }
        root.put("numpy", numpy);
        root.put("environment", environment);
        return Json.pretty(root);
    }
}
