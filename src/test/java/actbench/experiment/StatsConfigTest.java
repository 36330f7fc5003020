package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.init.Gain;
import actbench.init.Initializers;
import actbench.input.InputSpec;
import actbench.kernel.Activation;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
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
        StatsConfig config = new StatsConfig(List.of(Activation.parse("tanh")), List.of(Initializers.parse("he")),
                3, width, batch, 1, Rng.NUMPY, precision, "auto", 1, 0, 0, false, 1, Gain.ONE, InputSpec.LECTURE);
        long bytes = precision.bytes();
        long packed = Kernels.select("auto").matMul().packedLength(precision, width, width);
        long activations = 3L * batch * width * bytes;
        long rounded = precision == Precision.F32 ? (long) width * width * Float.BYTES : 0;
        long generator = (long) Math.max(batch, width) * width * Double.BYTES;
        assertThat(config.requiredBytes()).isGreaterThanOrEqualTo(activations + packed * bytes + rounded + generator);
    }
}
