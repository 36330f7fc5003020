package actbench.report;

import actbench.experiment.RunResult;
import actbench.experiment.Throughput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every file of a {@code stats} report folder: the tables (Markdown, CSV, JSON), the charts (PNG
 * and SVG), HdrHistogram's percentile files and {@code index.html}, one static page that opens
 * from the file system and shows all of it. All views render the same {@link StatsReport}.
 */
public final class StatsPage {

    private StatsPage() {
    }

    /** File name to content, in the order a person would read them; {@code svg}: charts also as SVG. */
    public static Map<String, byte[]> files(StatsReport report, boolean svg) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Charts.Picture> pictures = StatsCharts.all(report);
        Page page = page(report, pictures, svg);
        files.put("index.html", utf8(page.finish()));
        files.put("stats.md", utf8(StatsTables.markdown(report)));
        files.put("stats.csv", utf8(StatsCsv.render(report)));
        files.put("stats.json", utf8(StatsJson.render(report)));
        page.addPictures(files, pictures);
        for (RunResult run : report.runs()) {
            run.throughput().ifPresent(t -> files.put(hgrm(run), utf8(percentiles(t))));
        }
        return files;
    }

    static String hgrm(RunResult run) {
        return "latency-" + StatsCharts.stem(run) + ".hgrm";
    }

    /** HdrHistogram's own percentile output, values in milliseconds. */
    private static String percentiles(Throughput throughput) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            throughput.latencies().outputPercentileDistribution(out, 1e6);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** {@code index.html}, not yet finished. */
    private static Page page(StatsReport report, Map<String, Charts.Picture> pictures, boolean svg) {
        Page page = new Page("actbench stats", svg)
                .paragraph(report.stamp() + "; depth " + report.config().depth() + ", width "
                        + report.config().width() + ", batch " + report.config().batch())
                .environment(report.environment().asMap())
                .heading("Summary", null).table(StatsTables.summary(report.runs()))
                .image(pictures, "overview-std", "std of every combination by layer, log scale")
                .image(pictures, "gradients", "std of the weight gradients by layer, log scale")
                .image(pictures, "latency", "forward-pass latency percentiles")
                .data("stats.csv", "stats.json", "stats.md");
        for (RunResult run : report.runs()) {
            String stem = StatsCharts.stem(run);
            page.heading(run.activation().label() + " / " + run.init().name(), stem)
                    .image(pictures, stem + "-moments", "mean and std by layer")
                    .image(pictures, stem + "-histograms", "histograms of the activations by layer")
                    .table(StatsTables.layerTable(run));
            if (!run.spread().isEmpty()) {
                page.markup("<h3>Over " + run.config().seeds() + " seeds (95% confidence)</h3>\n")
                        .table(StatsTables.spreadTable(run));
            }
            if (!run.gradients().isEmpty()) {
                page.markup("<h3>Gradients</h3>\n").table(StatsTables.gradientTable(run));
            }
            page.paragraph(StatsTables.throughputLine(run.throughput()));
            if (run.throughput().isPresent()) {
                page.data(hgrm(run));
            }
        }
        return page;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
