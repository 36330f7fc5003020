package actbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders charts headless into PNG (for viewing) and SVG (for print), alone or as a grid of
 * panels sharing one picture, as the lecture's small multiples.
 */
public final class Charts {

    /**
     * One picture: its PNG, drawn at once, and its SVG, drawn only when asked for (as much work
     * again as the PNG, and ten times the bytes: XChart writes every label as outlines).
     */
    public record Picture(byte[] png, Supplier<byte[]> vector, int width, int height) {

        public byte[] svg() {
            return vector.get();
        }
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * Strong colours that stay apart on white and for common colour blindness (Okabe-Ito, with
     * black and a grey): one per initializer, in the order the run lists them.
     */
    static final Color[] COLOURS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), Color.BLACK, new Color(0x999999)};
    /** One line style and marker per activation, in the order the run lists them. */
    static final BasicStroke[] LINES = {SeriesLines.SOLID, SeriesLines.DASH_DASH, SeriesLines.DOT_DOT,
        SeriesLines.DASH_DOT};
    static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP};

    private Charts() {
    }

    /**
     * A tick label with its leading zero and at most three significant digits; powers of ten
     * written {@code 5E11} (as the log axes write them) beyond 10^4 and below 10^-3, where plain digits run long.
     */
    static String tick(double value) {
        double size = Math.abs(value);
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        if (size >= 1e4 || size < 1e-3) {
            String[] parts = String.format(Locale.ROOT, "%.2e", value).split("e");
            return plain(new BigDecimal(parts[0])) + "E" + Integer.parseInt(parts[1]);
        }
        return plain(new BigDecimal(value).round(new MathContext(3)));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * A log y axis over {@code [min, max]} with grid lines and labels at decades only, every label
     * in one notation: {@code 0.001 .. 1000} when the range allows, {@code 1E-8 .. 1E11} otherwise.
     * No horizontal grid: XChart draws one at every minor tick of a log axis, a hatch that hides
     * the lines. (Its custom label formatter walks a log axis in linear steps: a pattern it is.)
     */
    static void logYAxis(XYChart chart, double min, double max) {
        boolean plain = min >= 1e-3 && max <= 1e3;
        chart.getStyler().setYAxisLogarithmic(true).setYAxisLogarithmicDecadeOnly(true)
                .setYAxisDecimalPattern(plain ? "0.###" : "0E0").setPlotGridHorizontalLinesVisible(false);
    }

    /** {@code min(count, max)} indices of {@code [0, count)}, evenly spaced, the first and last included. */
    static int[] evenlySpaced(int count, int max) {
        int n = Math.min(count, max);
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = n == 1 ? 0 : (int) Math.round((double) i * (count - 1) / (n - 1));
        }
        return indices;
    }

    public static Picture single(Chart<?, ?> chart) {
        return grid(List.of(chart), 1);
    }

    /** Panels left to right, top to bottom, {@code columns} per row; all panels the same size. */
    public static Picture grid(List<? extends Chart<?, ?>> panels, int columns) {
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        int w = panels.get(0).getWidth();
        int h = panels.get(0).getHeight();
        // each panel paints straight into its cell of one image (XChart would paint each into its own and copy)
        BufferedImage image = new BufferedImage(cols * w, rows * h, BufferedImage.TYPE_INT_RGB);
        Graphics2D background = image.createGraphics();
        background.setColor(Color.WHITE);
        background.fillRect(0, 0, cols * w, rows * h);
        background.dispose();
        for (int i = 0; i < panels.size(); i++) {
            Graphics2D cell = image.createGraphics();
            cell.translate(i % cols * w, i / cols * h);
            cell.clipRect(0, 0, w, h);
            panels.get(i).paint(cell, w, h);
            cell.dispose();
        }
        return new Picture(Png.encode(image), () -> svgGrid(panels, cols, w, h), cols * w, rows * h);
    }

    /** Each panel's SVG nested in one document at its place in the grid. */
    private static byte[] svgGrid(List<? extends Chart<?, ?>> panels, int cols, int w, int h) {
        int rows = (panels.size() + cols - 1) / cols;
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" width=\"").append(cols * w).append("\" height=\"").append(rows * h)
                .append("\" viewBox=\"0 0 ").append(cols * w).append(' ').append(rows * h).append("\">\n");
        for (int i = 0; i < panels.size(); i++) {
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            try {
                VectorGraphicsEncoder.saveVectorGraphic(panels.get(i), one,
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);  // a byte array stream does not fail
            }
            String inner = one.toString(StandardCharsets.UTF_8);
            inner = inner.substring(inner.indexOf("<svg"));
            svg.append("<g transform=\"translate(").append((i % cols) * w).append(',')
                    .append((i / cols) * h).append(")\">\n").append(inner).append("\n</g>\n");
        }
        return svg.append("</svg>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
