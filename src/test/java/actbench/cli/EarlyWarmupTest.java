package actbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.kernel.Kernels;
import actbench.kernel.ScalarActivation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The early warm-up warms the activation kernel the command will choose (the scalar one for a
 * small run that times nothing): guessing wrong would cost the warm-up, not the numbers.
 */
class EarlyWarmupTest {

    @ParameterizedTest
    @CsvSource({
        "stats --measure 0, true",                                   // the lecture's 40 million values
        "stats, false",                                              // timed
        "stats --measure 0.5, false",
        "stats --measure=0 --depth 24, true",                        // 96 million
        "stats --measure 0 --depth 30, false",                       // 120 million
        "stats --measure 0 --seeds 3, false",                        // 120 million
        "stats --measure 0 --activation tanh --init he --depth 50 --batch 4000, false",  // 100 million
        "stats --measure 0 --activation tanh --init he --depth 49 --batch 4000, true",   // 98 million
        "stats --measure 0 --init he --width 2000, true",            // 2 x 10 x 1000 x 2000
        "sweep, false"})
    void guessesTheActivationKernelTheCommandChooses(String command, boolean scalar) {
        Kernels.Selection kernels = EarlyWarmup.kernels(command.split(" "));
        boolean vectorsHere = !(Kernels.select(Kernels.AUTO).activation() instanceof ScalarActivation);
        assertThat(kernels.activation() instanceof ScalarActivation).isEqualTo(scalar || !vectorsHere);
        assertThat(kernels.matMul()).isSameAs(Kernels.select(Kernels.AUTO).matMul());
    }
}
