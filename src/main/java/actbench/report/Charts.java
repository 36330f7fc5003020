package actbench.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders charts headless into PNG (for viewing) and SVG (for print), alone or as a grid of
 * panels sharing one picture, as the lecture's small multiples.
 */
public final class Charts {

    /** One picture in both formats. */
    public record Picture(byte[] png, byte[] svg, int width, int height) {
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
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
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (panels.size() == 1) {
                BitmapEncoder.saveBitmap(panels.get(0), png, BitmapEncoder.BitmapFormat.PNG);
            } else {
                List<Chart<?, ?>> list = new ArrayList<>(panels);
                // XChart fills the grid row by row and needs it full: pad with the last panel's blank twin
                BitmapEncoder.saveBitmap(list, rows, cols, png, BitmapEncoder.BitmapFormat.PNG);
            }
            return new Picture(png.toByteArray(), svgGrid(panels, cols, w, h), cols * w, rows * h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each panel's SVG nested in one document at its place in the grid. */
    private static byte[] svgGrid(List<? extends Chart<?, ?>> panels, int cols, int w, int h)
            throws IOException {
        int rows = (panels.size() + cols - 1) / cols;
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" width=\"").append(cols * w).append("\" height=\"").append(rows * h)
                .append("\" viewBox=\"0 0 ").append(cols * w).append(' ').append(rows * h).append("\">\n");
        for (int i = 0; i < panels.size(); i++) {
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(panels.get(i), one,
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            String inner = one.toString(StandardCharsets.UTF_8);
            inner = inner.substring(inner.indexOf("<svg"));
            svg.append("<g transform=\"translate(").append((i % cols) * w).append(',')
                    .append((i / cols) * h).append(")\">\n").append(inner).append("\n</g>\n");
        }
        return svg.append("</svg>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
