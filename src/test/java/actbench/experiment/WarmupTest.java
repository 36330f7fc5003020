package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThatCode;

import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The warm-up runs the real forward pass on tiny shapes: any precision, every activation, every
 * kernel, without failing (a failure there would only show as a slow start). Whether it reaches
 * compiled speed depends on the JIT and the machine, so that is left to the job timer.
 */
class WarmupTest {

    @ParameterizedTest
    @EnumSource(Precision.class)
    void warmsUpEveryKernelAndActivation(Precision precision) {
        List<Activation> all = Activation.all();
        for (String kernel : Kernels.names()) {
            assertThatCode(() -> Warmup.warm(precision, all, Kernels.select(kernel), 300))
                    .as(kernel).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void waitingWithoutAWarmupReturnsAtOnce(Precision precision) {
        assertThatCode(() -> Warmup.awaitReady(precision, Kernels.select(Kernels.AUTO))).doesNotThrowAnyException();
    }
}
