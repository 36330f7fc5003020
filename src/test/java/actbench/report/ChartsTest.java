package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartsTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "0.0025, 0.0025", "-0.0025, -0.0025", "0.5, 0.5", "1, 1", "12.345, 12.3", "1000, 1000",
        "10000, 1E4", "5e11, 5E11", "-7.46e11, -7.46E11", "2.95271e-7, 2.95E-7", "0.001, 0.001",
        "0.000999, 9.99E-4"})
    void tickLabelsKeepTheirLeadingZeroAndOneNotationPerRange(double value, String label) {
        assertThat(Charts.tick(value)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "5, 8", "8, 8", "9, 8", "10000, 8", "10000, 80"})
    void evenlySpacedIndicesAreDistinctAndIncludeBothEnds(int count, int max) {
        int[] picked = Charts.evenlySpaced(count, max);
        assertThat(picked).hasSize(Math.min(count, max)).isSorted().doesNotHaveDuplicates();
        assertThat(picked[0]).isZero();
        assertThat(picked[picked.length - 1]).isEqualTo(count - 1);
    }

    /** A grid whose last row is not full (depth 9 in 5 columns) is padded, not refused. */
    @ParameterizedTest
    @CsvSource({"1, 5", "4, 5", "5, 5", "7, 5", "9, 5", "10, 5", "3, 2"})
    void gridsOfAnyCountDrawEveryPanelInItsPlace(int count, int columns) throws Exception {
        List<XYChart> panels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            XYChart chart = new XYChartBuilder().width(120).height(90).title("panel " + i).build();
            chart.addSeries("s", new double[] {0, 1}, new double[] {i, i + 1});
            panels.add(chart);
        }
        Charts.Picture picture = Charts.grid(panels, columns);
        int cols = Math.min(columns, count);
        int rows = (count + cols - 1) / cols;
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertThat(png.getWidth()).isEqualTo(cols * 120).isEqualTo(picture.width());
        assertThat(png.getHeight()).isEqualTo(rows * 90).isEqualTo(picture.height());
        String svg = new String(picture.svg(), StandardCharsets.UTF_8);
        assertThat(svg.split("<svg ", -1)).as("the document and one per panel").hasSize(count + 2);
    }

    /** Each cell holds exactly what XChart paints for that panel alone; cells without a panel are white. */
    @ParameterizedTest
    @CsvSource({"1, 5", "3, 2", "7, 5"})
    void eachCellIsItsPanelPixelForPixel(int count, int columns) throws Exception {
        List<XYChart> panels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            XYChart chart = new XYChartBuilder().width(130).height(100).title("layer " + i).build();
            chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
            chart.addSeries("s", new double[] {-1, 0, 0.5, 1}, new double[] {0.1, 0.2 * i, 0.4, 0.1});
            panels.add(chart);
        }
        BufferedImage grid = ImageIO.read(new ByteArrayInputStream(Charts.grid(panels, columns).png()));
        int cols = Math.min(columns, count);
        for (int cell = 0; cell < grid.getWidth() / 130 * (grid.getHeight() / 100); cell++) {
            BufferedImage alone = cell < count ? BitmapEncoder.getBufferedImage(panels.get(cell)) : null;
            for (int y = 0; y < 100; y++) {
                for (int x = 0; x < 130; x++) {
                    int expected = alone == null ? 0xffffff : alone.getRGB(x, y) & 0xffffff;
                    int actual = grid.getRGB(cell % cols * 130 + x, cell / cols * 100 + y) & 0xffffff;
                    if (actual != expected) {
                        assertThat(Integer.toHexString(actual)).as("cell %d at (%d, %d)", cell, x, y)
                                .isEqualTo(Integer.toHexString(expected));
                    }
                }
            }
        }
    }
}
