package actbench.report;

import actbench.experiment.RunResult;
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

    /** File name to content, in the order a person would read them. */
    public static Map<String, byte[]> files(StatsReport report) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Charts.Picture> pictures = StatsCharts.all(report);
        files.put("index.html", utf8(html(report, pictures)));
        files.put("stats.md", utf8(StatsTables.markdown(report)));
        files.put("stats.csv", utf8(StatsCsv.render(report)));
        files.put("stats.json", utf8(StatsJson.render(report)));
        pictures.forEach((stem, picture) -> {
            files.put(stem + ".png", picture.png());
            files.put(stem + ".svg", picture.svg());
        });
        for (RunResult run : report.runs()) {
            if (run.throughput() != null) {
                files.put(hgrm(run), utf8(percentiles(run)));
            }
        }
        return files;
    }

    static String hgrm(RunResult run) {
        return "latency-" + StatsCharts.stem(run) + ".hgrm";
    }

    /** HdrHistogram's own percentile output, values in milliseconds. */
    private static String percentiles(RunResult run) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            run.throughput().latencies().outputPercentileDistribution(out, 1e6);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String html(StatsReport report, Map<String, Charts.Picture> pictures) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>actbench stats</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1400px;color:#222}\n")
                .append("table{border-collapse:collapse;margin:.5em 0 1em}td,th{padding:.2em .7em;")
                .append("border-bottom:1px solid #ddd;text-align:right;font-variant-numeric:tabular-nums}")
                .append("td:first-child,th:first-child{text-align:left}\n")
                .append("img{max-width:100%;height:auto}.stamp{font-size:.9em;color:#555}\n")
                .append("</style>\n</head>\n<body>\n<h1>actbench stats</h1>\n");
        page.append("<p>").append(Table.escape(report.stamp())).append("; depth ")
                .append(report.config().depth()).append(", width ").append(report.config().width())
                .append(", batch ").append(report.config().batch()).append("</p>\n");
        page.append("<ul class=\"stamp\">\n");
        report.environment().asMap().forEach((key, value) -> page.append("<li>").append(Table.escape(key))
                .append(": ").append(Table.escape(String.valueOf(value))).append("</li>\n"));
        page.append("</ul>\n<h2>Summary</h2>\n").append(StatsTables.summary(report.runs()).html());
        image(page, pictures, "overview-std", "std of every combination by layer, log scale");
        image(page, pictures, "gradients", "std of the weight gradients by layer, log scale");
        image(page, pictures, "latency", "forward-pass latency percentiles");
        page.append("<p>Data: <a href=\"stats.csv\">stats.csv</a>, <a href=\"stats.json\">stats.json</a>, ")
                .append("<a href=\"stats.md\">stats.md</a>. Every chart also as SVG beside its PNG.</p>\n");
        for (RunResult run : report.runs()) {
            String stem = StatsCharts.stem(run);
            page.append("<h2 id=\"").append(stem).append("\">").append(Table.escape(run.activation().label()
                    + " / " + run.init().name())).append("</h2>\n");
            image(page, pictures, stem + "-moments", "mean and std by layer");
            image(page, pictures, stem + "-histograms", "histograms of the activations by layer");
            page.append(StatsTables.layerTable(run).html());
            if (run.gradients() != null) {
                page.append("<h3>Gradients</h3>\n").append(StatsTables.gradientTable(run).html());
            }
            page.append("<p>").append(Table.escape(StatsTables.throughputLine(run.throughput())));
            if (run.throughput() != null) {
                page.append(" (<a href=\"").append(hgrm(run)).append("\">percentiles</a>)");
            }
            page.append("</p>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static void image(StringBuilder page, Map<String, Charts.Picture> pictures, String stem,
                              String alt) {
        Charts.Picture picture = pictures.get(stem);
        if (picture != null) {
            page.append("<p><a href=\"").append(stem).append(".svg\"><img src=\"").append(stem)
                    .append(".png\" width=\"").append(picture.width()).append("\" height=\"")
                    .append(picture.height()).append("\" alt=\"").append(alt).append("\"></a></p>\n");
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
