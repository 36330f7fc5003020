package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.concurrent.Workers;
import actbench.init.Gain;
import actbench.init.Initializers;
import actbench.input.InputSpec;
import actbench.kernel.Activation;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep's grid is the stats runs it stands for, cell by cell. */
class SweepTest {

    private static StatsConfig config(int depth, Gain gain) {
        return new StatsConfig(List.of(Activation.RELU), List.of(Initializers.parse("he")), depth, 64, 32, 3, Rng.NUMPY,
                Precision.F64, Kernels.AUTO, 2, 0, 0, false, 1, gain, InputSpec.LECTURE);
    }

    @Test
    void everyCellIsTheLastLayerOfTheStatsRunWithThatGainAndDepth() {
        double[] gains = Sweep.logSpaced(0.5, 2, 3);
        assertThat(gains).containsExactly(new double[] {0.5, 1, 2}, within(1e-15));
        int[] depths = {2, 3, 4, 5};
        List<Integer> heard = new ArrayList<>();
        try (Workers workers = new Workers(2)) {
            Kernels.Selection kernels = Kernels.select(Kernels.AUTO);
            Sweep sweep = Sweep.run(config(5, Gain.ONE), Activation.RELU, Initializers.parse("he"), gains, depths, true,
                    kernels, workers, heard::add);
            assertThat(heard).containsExactly(1, 2, 3);
            for (int g = 0; g < gains.length; g++) {
                for (int d = 0; d < depths.length; d++) {
                    StatsConfig cell = config(depths[d], new Gain(gains[g], false)).with(depths[d], true,
                            new Gain(gains[g], false));
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
}
