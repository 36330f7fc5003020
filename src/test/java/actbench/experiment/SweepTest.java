package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.concurrent.Workers;
import actbench.init.Gain;
import actbench.init.Initializers;
import actbench.input.InputSpec;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep's grid is the stats runs it stands for, cell by cell. */
class SweepTest {

    private static StatsConfig config(int depth, Gain gain) {
        return StatsConfig.of(new StatsConfig.Network(depth, 64, 32), new StatsConfig.Draws(InputSpec.LECTURE, Rng.NUMPY, 3, 1),
                        new StatsConfig.Compute(Precision.F64, 2))
                .withCombinations(List.of(Activation.RELU), List.of(Initializers.parse("he"))).withGain(gain);
    }

    @Test
    void everyCellIsTheLastLayerOfTheStatsRunWithThatGainAndDepth() {
        double[] gains = Sweep.logSpaced(0.5, 2, 3);
        assertThat(gains).containsExactly(new double[] {0.5, 1, 2}, within(1e-15));
        int[] depths = {2, 3, 4, 5};
        List<Integer> heard = new ArrayList<>();
        try (Workers workers = new Workers(2)) {
            Kernels.Selection kernels = Kernels.select(Kernels.AUTO);
            Sweep sweep = Sweep.run(config(5, Gain.ONE).withGradients(true), gains, depths, kernels, workers,
                    heard::add);
            assertThat(heard).containsExactly(1, 2, 3);
            for (int g = 0; g < gains.length; g++) {
                for (int d = 0; d < depths.length; d++) {
                    StatsConfig cell = config(depths[d], Gain.of(gains[g])).withGradients(true);
                    RunResult run = new ActivationExperiment(cell, kernels, workers).run(Activation.RELU,
                            Initializers.parse("he"));
                    assertThat(sweep.std()[g][d]).isEqualTo(run.layers().get(depths[d] - 1).std());
                    assertThat(sweep.gradientStd()[g][d]).isEqualTo(run.gradients().get(0).dw().std());
                }
            }
            // relu with he: gain 2 doubles the std per layer, gain 1/2 halves it
            assertThat(sweep.std()[2][3] / sweep.std()[2][2]).isCloseTo(2, within(0.4));
            assertThat(sweep.std()[0][3] / sweep.std()[0][2]).isCloseTo(0.5, within(0.1));
        }
    }

    /** The band is judged as a verdict is: within a factor of 10 of layer 1 at the deepest depth, ends included. */
    @Test
    void theStableBandKeepsTheGainsWithinTenfoldOfLayerOneAtTheDeepestDepth() {
        double[] gains = {0.5, 1, 2, 3, 4};
        int[] depths = {1, 50};
        double[][] std = {{1, 0.099}, {1, 0.1}, {2, 20}, {2, 20.5}, {1, Double.NaN}};
        Sweep sweep = new Sweep(Activation.TANH, Initializers.parse("xavier"), gains, depths, std, null);
        assertThat(sweep.stableGains()).containsExactly(1, 2);
        Sweep deepOnly = new Sweep(Activation.TANH, Initializers.parse("xavier"), gains, new int[] {40, 50}, std, null);
        assertThat(deepOnly.stableGains()).containsExactly(1); // against the input's std, 1
    }
}
