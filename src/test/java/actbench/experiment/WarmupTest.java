package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import actbench.input.InputSpec;
import actbench.kernel.Kernels;
import actbench.kernel.ScalarActivation;
import actbench.kernel.ScalarCensus;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    @Test
    void aSmallRunGetsTheScalarCensusAndTheScalarActivationIfItTimesNothing() {
        Kernels.Selection chosen = Kernels.select(Kernels.AUTO);
        StatsConfig lecture = StatsConfig.of(StatsConfig.Network.LECTURE,
                new StatsConfig.Draws(InputSpec.LECTURE, Rng.NUMPY, 0, 2), new StatsConfig.Compute(Precision.F32, 2));
        assertThat(lecture.activatedValues()).isEqualTo(2L * 4 * 2 * 10 * 1000 * 500);

        Kernels.Selection tables = Warmup.forRun(chosen, false, lecture.activatedValues());
        assertThat(tables.activation()).isInstanceOf(ScalarActivation.class);
        assertThat(tables.census()).isInstanceOf(ScalarCensus.class);
        assertThat(tables.matMul()).isSameAs(chosen.matMul());
        assertThat(tables.rounding()).isSameAs(chosen.rounding());
        assertThat(tables.capabilities()).isEqualTo(chosen.capabilities());

        // timed passes run the activation as chosen; statistics are never timed
        Kernels.Selection timed = Warmup.forRun(chosen, true, lecture.activatedValues());
        assertThat(timed.activation()).isSameAs(chosen.activation());
        assertThat(timed.census()).isInstanceOf(ScalarCensus.class);
        assertThat(timed.matMul()).isSameAs(chosen.matMul());
        Kernels.Selection mid = Warmup.forRun(chosen, false, Warmup.SCALAR_ACTIVATION_BELOW);
        assertThat(mid.activation()).isSameAs(chosen.activation());
        assertThat(mid.census()).isInstanceOf(ScalarCensus.class);
        assertThat(Warmup.forRun(chosen, false, Warmup.SCALAR_ACTIVATION_BELOW - 1).activation())
                .isInstanceOf(ScalarActivation.class);
        assertThat(Warmup.forRun(chosen, false, Warmup.SCALAR_CENSUS_BELOW)).isSameAs(chosen);
        assertThat(Warmup.forRun(chosen, true, Warmup.SCALAR_CENSUS_BELOW)).isSameAs(chosen);
        assertThat(Warmup.forStatistics(chosen, Warmup.SCALAR_CENSUS_BELOW - 1).census()).isInstanceOf(ScalarCensus.class);
        assertThat(Warmup.forStatistics(chosen, Warmup.SCALAR_CENSUS_BELOW - 1).activation()).isSameAs(chosen.activation());
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void waitingWithoutAWarmupReturnsAtOnce(Precision precision) {
        assertThatCode(() -> Warmup.awaitReady(precision, Kernels.select(Kernels.AUTO))).doesNotThrowAnyException();
    }
}
