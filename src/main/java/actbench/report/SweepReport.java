package actbench.report;

import static actbench.report.Numbers.sig;

import actbench.experiment.StatsConfig;
import actbench.experiment.Sweep;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * Every view of a {@code sweep}: a table (gains x a few depths), the full grid as CSV and JSON, and
 * heatmaps of log10(std) over gain x depth, on a diverging scale centred on std 1 so the band
 * where signals neither vanish nor explode stands out.
 */
public record SweepReport(StatsConfig config, Sweep sweep, String stamp, Environment environment) {

    /** Colour range of log10(std): 1e-3 (deep blue) .. 1 (white) .. 1e3 (deep red); beyond, clipped. */
    static final double LOG_RANGE = 3;
    /** Depth columns of the terminal table; the files hold them all. */
    static final int SHOWN_DEPTHS = 8;
    /**
     * Bytes a grid cell takes in the report: about 70 characters of CSV and JSON each, held as a
     * builder, a string and bytes at once (10000 depths x 17 gains wrote 11.8 MB).
     */
    public static final long BYTES_PER_CELL = 400;
    /** Heatmap columns (depths) and rows (gains) at most: 16 x 22 pixels a cell, a laptop screen in all. */
    static final int MAX_COLUMNS = 80;
    static final int MAX_ROWS = 40;

    /** The terminal or Markdown table: one row per gain, up to {@value #SHOWN_DEPTHS} depths. */
    public String table(View view) {
        int[] shown = Charts.evenlySpaced(sweep.depths().length, SHOWN_DEPTHS);
        List<String> headers = new ArrayList<>(List.of("gain", "weight std"));
        for (int d : shown) {
            headers.add("std L" + sweep.depths()[d]);
        }
        Table table = new Table(headers.toArray(String[]::new));
        double baseStd = sweep.init().std(config.width(), config.width());
        for (int g = 0; g < sweep.gains().length; g++) {
            List<String> row = new ArrayList<>(List.of(sig(sweep.gains()[g]),
                    Double.isNaN(baseStd) ? "-" : sig(baseStd * sweep.gains()[g])));
            for (int d : shown) {
                row.add(cell(sweep.std()[g][d]));
            }
            table.row(row.toArray(String[]::new));
        }
        String title = "sweep " + sweep.activation().label() + " / " + sweep.init().name() + ": std of the last "
                + "layer by gain and depth (width " + config.width() + ", batch " + config.batch() + ")";
        StringBuilder out = new StringBuilder(view.isMarkdown() ? "## " + title + "\n\n" : title + "\n");
        out.append(view.table(table));
        out.append(view.isMarkdown() ? "\n" : "").append(band()).append('\n');
        return out.toString();
    }

    /** The stable band at the deepest depth, as {@link Sweep#stableGains} finds it, in words. */
    String band() {
        int depth = sweep.depths()[sweep.depths().length - 1];
        List<String> kept = new ArrayList<>();
        for (int g : sweep.stableGains()) {
            kept.add(sig(sweep.gains()[g]));
        }
        return kept.isEmpty() ? "at depth " + depth + " no gain keeps the std within 10x of layer 1's"
                : "at depth " + depth + " the std stays within 10x of layer 1's for gains " + String.join(", ", kept);
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "overflow" : sig(v);
    }

    /** gain,depth,std[,grad_std]: one row per cell, empty where a layer overflowed. */
    public String csv() {
        StringBuilder out = new StringBuilder("activation,init,gain,weight_std,depth,std");
        out.append(sweep.gradientStd() != null ? ",grad_std\n" : "\n");
        double baseStd = sweep.init().std(config.width(), config.width());
        for (int g = 0; g < sweep.gains().length; g++) {
            for (int d = 0; d < sweep.depths().length; d++) {
                out.append(sweep.activation().label()).append(',').append(sweep.init().name()).append(',')
                        .append(sweep.gains()[g]).append(',')
                        .append(Double.isNaN(baseStd) ? "" : baseStd * sweep.gains()[g])
                        .append(',').append(sweep.depths()[d]).append(',').append(finite(sweep.std()[g][d]));
                if (sweep.gradientStd() != null) {
                    out.append(',').append(finite(sweep.gradientStd()[g][d]));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String finite(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    /** The grid as JSON: {@code std[g][d]}, null where a layer overflowed, then what computed it. */
    public String json() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("activation", sweep.activation().label());
        map.put("init", sweep.init().name());
        map.put("width", config.width());
        map.put("batch", config.batch());
        map.put("seed", config.seed());
        map.put("rng", config.rng().label());
        map.put("precision", config.precision().label());
        map.put("gains", sweep.gains());
        map.put("depths", sweep.depths());
        map.put("std", grid(sweep.std()));
        if (sweep.gradientStd() != null) {
            map.put("grad_std", grid(sweep.gradientStd()));
        }
        map.put("environment", environment.asMap());
        return Json.pretty(map);
    }

    private static List<List<Double>> grid(double[][] values) {
        List<List<Double>> rows = new ArrayList<>();
        for (double[] row : values) {
            List<Double> cells = new ArrayList<>();
            for (double v : row) {
                cells.add(Double.isFinite(v) ? v : null);
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * A heatmap of log10 of a grid: x depth, y gain. Beyond {@value #MAX_COLUMNS} depths or
     * {@value #MAX_ROWS} gains it draws evenly spaced ones (the first and last always), so the
     * picture stays the size of a screen whatever the grid; the CSV and JSON hold every cell.
     */
    static HeatMapChart heatmap(Sweep sweep, double[][] values, String what) {
        int[] columns = Charts.evenlySpaced(sweep.depths().length, MAX_COLUMNS);
        int[] rows = Charts.evenlySpaced(sweep.gains().length, MAX_ROWS);
        String shown = columns.length < sweep.depths().length || rows.length < sweep.gains().length
                ? " (" + columns.length + " of " + sweep.depths().length + " depths, " + rows.length + " of "
                        + sweep.gains().length + " gains shown)" : "";
        HeatMapChart chart = new HeatMapChartBuilder().width(Math.max(640, 16 * columns.length + 160))
                .height(Math.max(420, 22 * rows.length + 140))
                .title(sweep.activation().label() + " / " + sweep.init().name() + ": " + what
                        + ", colour log10 (0 white: std 1)" + shown)
                .xAxisTitle("depth").yAxisTitle("gain").build();
        chart.getStyler().setRangeColors(new Color[] {new Color(0x08306b), new Color(0x4292c6), Color.WHITE,
            new Color(0xef6548), new Color(0x7f0000)});
        chart.getStyler().setMin(-LOG_RANGE);
        chart.getStyler().setMax(LOG_RANGE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setShowValue(false);
        // A category axis prints every label: beyond 20 columns, label about every 10th (the others get
        // distinct blank labels, as categories must differ) so the numbers do not run together
        int every = Math.max(1, (columns.length + 9) / 10);
        List<String> x = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            boolean labelled = columns.length <= 20 || i % every == 0 || i == columns.length - 1;
            x.add(labelled ? Integer.toString(sweep.depths()[columns[i]]) : "\u200b".repeat(i + 1));
        }
        List<String> y = new ArrayList<>();
        for (int g : rows) {
            y.add(Charts.tick(sweep.gains()[g]));
        }
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                double v = values[rows[r]][columns[c]];
                // overflow and infinite std are the top of the scale; a zero std its bottom
                double log = Double.isNaN(v) || v == Double.POSITIVE_INFINITY ? LOG_RANGE
                        : v <= 0 ? -LOG_RANGE : Math.max(-LOG_RANGE, Math.min(LOG_RANGE, Math.log10(v)));
                cells.add(new Number[] {c, r, log});
            }
        }
        chart.addSeries("log10 " + what, x, y, cells).setMin(-LOG_RANGE).setMax(LOG_RANGE);
        return chart;
    }

    /** The report folder's files; {@code svg}: charts also as SVG. */
    public Map<String, byte[]> files(boolean svg) {
        Map<String, Charts.Picture> pictures = new LinkedHashMap<>();
        pictures.put("heatmap-std", Charts.single(heatmap(sweep, sweep.std(), "std of the last layer")));
        if (sweep.gradientStd() != null) {
            pictures.put("heatmap-grad", Charts.single(heatmap(sweep, sweep.gradientStd(), "std of dL/dW, layer 1")));
        }
        Page page = new Page("actbench sweep", svg).paragraph(stamp).environment(environment.asMap())
                .image(pictures, "heatmap-std", "log10 std of the last layer by depth and gain; white is std 1")
                .image(pictures, "heatmap-grad", "log10 std of the first layer's weight gradient")
                .paragraph(band())
                .data("sweep.csv", "sweep.json", "sweep.md");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", StatsPage.utf8(page.finish()));
        files.put("sweep.md", StatsPage.utf8(table(View.MARKDOWN)));
        files.put("sweep.csv", StatsPage.utf8(csv()));
        files.put("sweep.json", StatsPage.utf8(json()));
        page.addPictures(files, pictures);
        return files;
    }
}
