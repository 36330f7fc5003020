package actbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.kernel.Kernels;
import actbench.kernel.ScalarActivation;
import actbench.kernel.ScalarCensus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The early warm-up warms the activation and census kernels the command will choose (the scalar
 * ones for small runs): guessing wrong would cost the warm-up, not the numbers.
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

    @ParameterizedTest
    @CsvSource({
        "stats, true",                                               // 40 million, timed
        "stats --measure 0 --depth 50 --batch 4000, false",          // the large job: 800 million
        "stats --measure 0 --depth 30 --batch 2000, true",           // 240 million
        "stats --depth 80 --batch 4000 --activation tanh --init he --seeds 2, false",  // 320 million
        "sweep, true",                                               // 17 gains x 50 x 256 x 500: 109 million
        "sweep --gains 0.5:2:64 --depths 1:40, false",               // 64 x 40 x 256 x 500: 328 million
        "sweep --gains 1 --depths 60 --batch 20000, false",          // 600 million
        "sweep --gains=0.5:2:64 --depths 20, true"})                 // 164 million
    void guessesTheCensusTheCommandChooses(String command, boolean scalar) {
        Kernels.Selection kernels = EarlyWarmup.kernels(command.split(" "));
        boolean vectorsHere = !(Kernels.select(Kernels.AUTO).census() instanceof ScalarCensus);
        assertThat(kernels.census() instanceof ScalarCensus).isEqualTo(scalar || !vectorsHere);
    }
}
