package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.init.Initializers;
import actbench.input.InputSpec;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.random.Rng;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatsConfigTest {

    /** What the forward pass allocates, counted from the kernel's own sizes, never exceeds the estimate. */
    @ParameterizedTest
    @EnumSource(Precision.class)
    void theHeapEstimateCoversEveryBufferOfAForwardPass(Precision precision) {
        int batch = 7;
        int width = 37;
        StatsConfig config = StatsConfig.of(new StatsConfig.Network(3, width, batch),
                        new StatsConfig.Draws(InputSpec.LECTURE, Rng.NUMPY, 1, 1), new StatsConfig.Compute(precision, 1))
                .withCombinations(List.of(Activation.parse("tanh")), List.of(Initializers.parse("he")));
        long bytes = precision.bytes();
        long packed = Kernels.select("auto").matMul().packedLength(precision, width, width);
        long activations = 3L * batch * width * bytes;
        long rounded = precision == Precision.F32 ? (long) width * width * Float.BYTES : 0;
        long generator = (long) Math.max(batch, width) * width * Double.BYTES;
        assertThat(config.requiredBytes()).isGreaterThanOrEqualTo(activations + packed * bytes + rounded + generator);
    }
}
