package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.experiment.StatsConfig;
import actbench.init.Gain;
import actbench.input.InputKind;
import actbench.input.InputSpec;
import actbench.input.Preprocess;
import actbench.matrix.Precision;
import actbench.random.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsReportTest {

    /** The stamp names the input and the gain only when they are not the lecture's. */
    @ParameterizedTest
    @CsvSource({
        "GAUSSIAN, NONE, 1, false, false",
        "UNIFORM, NONE, 1, true, false",
        "GAUSSIAN, STANDARDIZE, 1, true, false",
        "GAUSSIAN, NONE, 2, false, true",
        "GAUSSIAN, NONE, auto, false, true",
        "UNIFORM, STANDARDIZE, 0.5, true, true"})
    void stampNamesWhatDiffersFromTheLecture(InputKind kind, Preprocess preprocess, String gain,
                                             boolean namesInput, boolean namesGain) {
        StatsConfig config = StatsConfig.of(new StatsConfig.Network(10, 500, 1000),
                new StatsConfig.Draws(new InputSpec(kind, preprocess), Rng.NUMPY, 0, 1),
                new StatsConfig.Compute(Precision.F32, 2)).withGain(Gain.parse(gain));
        String stamp = StatsReport.stamp(config, "vector-packed", "256-bit");
        assertThat(stamp.contains(", input ")).isEqualTo(namesInput);
        assertThat(stamp.contains(", gain ")).isEqualTo(namesGain);
        assertThat(config.input().isLecture()).isEqualTo(config.input().equals(InputSpec.LECTURE));
        assertThat(config.gain().isOne()).isEqualTo(config.gain().equals(Gain.ONE));
    }
}
