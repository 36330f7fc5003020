package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.harness.BenchResults.KernelRow;
import actbench.harness.BenchResults;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class BenchChartsTest {

    /** Every kernel and peer a bar per precision; the peak a dashed line in its precision's colour, no markers. */
    @Test
    void everyKernelGetsABarAndThePeakALineOfItsPrecisionsColour() throws IOException {
        List<String> kernels = List.of("naive", "reordered", "blocked", "vector-fma", "vector-packed", "ejml",
                "ojalgo", "netlib-java", "openblas-jni");
        List<KernelRow> rows = new ArrayList<>();
        for (String precision : List.of("f32", "f64")) {
            for (int i = 0; i < kernels.size(); i++) {
                double gflops = (i + 1) * (precision.equals("f32") ? 8.0 : 4.0);
                rows.add(new KernelRow(kernels.get(i), precision, 1, 1000, 500, 500, gflops, 0.1, gflops, List.of(),
                        List.of()));
            }
        }
        BenchResults results = new BenchResults(rows, Map.of("f32", 91.0, "f64", 45.0), List.of(), List.of(),
                List.of(), List.of(), Map.of());

        CategoryChart chart = BenchCharts.gflops(results);

        CategorySeries f32 = chart.getSeriesMap().get("f32");
        CategorySeries peak = chart.getSeriesMap().get("peak f32");
        assertThat(new ArrayList<Object>(f32.getXData())).containsExactlyElementsOf(kernels);
        assertThat(chart.getSeriesMap()).containsKeys("f64", "peak f64");
        assertThat(peak.getChartCategorySeriesRenderStyle()).isEqualTo(CategorySeries.CategorySeriesRenderStyle.Line);
        assertThat(peak.getLineColor()).isEqualTo(f32.getFillColor());
        assertThat(chart.getStyler().getXAxisLabelRotation()).isPositive();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Charts.single(chart).png()));
        assertThat(png.getWidth()).isEqualTo(chart.getWidth());
    }
}
