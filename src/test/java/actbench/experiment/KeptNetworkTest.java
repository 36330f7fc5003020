package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.concurrent.Workers;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.stats.LayerStatistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The throughput phase times a network whose packed weights were kept: a kept layer computes
 * exactly what the freshly loaded one did, even after other weights were loaded in between.
 */
class KeptNetworkTest {

    @ParameterizedTest
    @EnumSource(Precision.class)
    void aKeptLayerComputesWhatTheLoadedOneDid(Precision precision) {
        int batch = 29;
        int width = 45;
        double[] input = values(batch * width, 1);
        try (Workers workers = new Workers(2)) {
            ForwardPass pass = ForwardPass.create(precision, batch, width, Kernels.select(Kernels.AUTO), workers, true);
            pass.loadInput(input);
            pass.loadWeights(values(width * width, 2));
            Object kept = pass.savePacked();
            LayerStatistics loaded = pass.layer(Activation.TANH);
            assertThat(pass.packedBytes()).isPositive();

            pass.restart();
            pass.loadWeights(values(width * width, 3));
            LayerStatistics other = pass.layer(Activation.TANH);
            pass.restart();
            pass.loadPacked(kept);
            LayerStatistics again = pass.layer(Activation.TANH);
            assertThat(again).usingRecursiveComparison().isEqualTo(loaded);
            assertThat(again.std()).isNotEqualTo(other.std());
            // loading new weights after a kept layer must not write into the kept copy
            pass.restart();
            pass.loadWeights(values(width * width, 4));
            pass.advance(Activation.TANH);
            pass.restart();
            pass.loadPacked(kept);
            assertThat(pass.layer(Activation.TANH)).usingRecursiveComparison().isEqualTo(loaded);
        }
    }

    private static double[] values(int count, int seed) {
        java.util.Random random = new java.util.Random(seed);
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = random.nextGaussian() * 0.2;
        }
        return v;
    }
}
