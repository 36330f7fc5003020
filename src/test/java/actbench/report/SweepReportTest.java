package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.experiment.Sweep;
import actbench.init.Initializers;
import actbench.model.Activation;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knowm.xchart.HeatMapChart;

class SweepReportTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 3", "8, 8", "79, 39", "80, 40", "81, 41", "10000, 500"})
    void heatmapsStayTheSizeOfAScreenWhateverTheGrid(int depthCount, int gainCount) {
        int[] depths = IntStream.rangeClosed(1, depthCount).toArray();
        double[] gains = Sweep.logSpaced(0.1, 10, gainCount);
        double[][] std = new double[gainCount][depthCount];
        for (int g = 0; g < gainCount; g++) {
            for (int d = 0; d < depthCount; d++) {
                std[g][d] = Math.pow(gains[g], depths[d]);
            }
        }
        Sweep sweep = new Sweep(Activation.LINEAR, Initializers.parse("xavier"), gains, depths, std, null);

        HeatMapChart chart = SweepReport.heatmap(sweep, std, "std");

        int columns = Math.min(depthCount, SweepReport.MAX_COLUMNS);
        int rows = Math.min(gainCount, SweepReport.MAX_ROWS);
        assertThat(chart.getWidth()).isLessThanOrEqualTo(1440);
        assertThat(chart.getHeight()).isLessThanOrEqualTo(1020);
        var series = chart.getSeriesMap().values().iterator().next();
        assertThat(series.getXData()).hasSize(columns);
        assertThat(series.getYData()).hasSize(rows);
        assertThat(series.getHeatData()).hasSize(columns * rows);
        // the deepest depth and the largest gain are always drawn, and say what they are
        assertThat(series.getXData().get(columns - 1)).hasToString(Integer.toString(depthCount));
        assertThat(series.getYData().get(rows - 1)).hasToString(Charts.tick(gains[gainCount - 1]));
        assertThat(chart.getTitle().contains(" shown)"))
                .isEqualTo(depthCount > SweepReport.MAX_COLUMNS || gainCount > SweepReport.MAX_ROWS);
    }
}
