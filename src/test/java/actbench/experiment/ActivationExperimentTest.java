package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.concurrent.Workers;
import actbench.init.Initializer;
import actbench.input.InputSpec;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.random.NumpyRandom;
import actbench.random.Rng;
import actbench.stats.LayerAccumulator;
import actbench.stats.LayerStatistics;
import actbench.stats.MeanField;
import actbench.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** E1 at the lecture's size against theory, and the properties the harness promises. */
class ActivationExperimentTest {

    private static RunResult lecture(String activation, String init) {
        return Runs.run(activation, init, 10, 500, 1000, 0, Rng.NUMPY, Precision.F32, 2);
    }

    @Test
    void tanhWithStd001ShrinksEachLayerBySqrt500Times001() {
        RunResult run = lecture("tanh", "0.01");
        double factor = Math.sqrt(500) * 0.01;
        assertThat(run.layers().get(0).std()).isCloseTo(0.21, within(0.01));
        for (int layer = 1; layer < 5; layer++) {
            double ratio = run.layers().get(layer).std() / run.layers().get(layer - 1).std();
            assertThat(ratio).as("layer %d / %d", layer + 1, layer).isCloseTo(factor, within(0.03 * factor));
        }
        assertThat(run.layers().get(9).std()).isLessThan(1e-6);
        assertThat(Verdict.of(run.layers(), run.activation().saturable())).isEqualTo(Verdict.VANISHES);
    }

    @Test
    void tanhWithStd1Saturates() {
        RunResult run = lecture("tanh", "1.0");
        for (LayerStatistics layer : run.layers()) {
            assertThat(layer.saturatedFraction()).isGreaterThan(0.85);
            assertThat(layer.std()).isCloseTo(0.98, within(0.01));
            assertThat(Math.abs(layer.mean())).isLessThan(0.01);
        }
        assertThat(Verdict.of(run.layers(), run.activation().saturable())).isEqualTo(Verdict.SATURATES);
    }

    @Test
    void tanhWithXavierDecaysSlowly() {
        RunResult run = lecture("tanh", "xavier");
        assertThat(run.layers().get(0).std()).isCloseTo(0.63, within(0.02));
        assertThat(run.layers().get(9).std()).isCloseTo(0.23, within(0.03));
        assertThat(Verdict.of(run.layers(), run.activation().saturable())).isEqualTo(Verdict.STABLE);
    }

    @Test
    void reluWithHeKeepsItsSpreadAndReluWithXavierHalvesTheVariance() {
        RunResult he = lecture("relu", "he");
        // E[relu(z)] = sqrt(q / 2 pi), sd = sqrt(q/2 - q/(2 pi)) with q = 2: 0.5642 and 0.8256
        assertThat(he.layers().get(0).mean()).isCloseTo(0.5642, within(0.01));
        assertThat(he.layers().get(0).std()).isCloseTo(0.826, within(0.01));
        assertThat(he.layers().get(0).zeroFraction()).isCloseTo(0.5, within(0.01));
        assertThat(Verdict.of(he.layers(), he.activation().saturable())).isEqualTo(Verdict.STABLE);

        RunResult xavier = lecture("relu", "xavier");
        assertThat(xavier.layers().get(0).std()).isCloseTo(0.58, within(0.02));
        assertThat(xavier.layers().get(9).std()).isBetween(0.01, 0.04);
        assertThat(Verdict.of(xavier.layers(), xavier.activation().saturable())).isEqualTo(Verdict.VANISHES);
    }

    @Test
    void reluWithStd1Explodes() {
        RunResult run = Runs.run("relu", "1.0", 6, 200, 100, 0, Rng.NUMPY, Precision.F32, 2);
        assertThat(Verdict.of(run.layers(), run.activation().saturable())).isEqualTo(Verdict.EXPLODES);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"tanh,0.01", "tanh,1.0", "tanh,xavier", "tanh,he",
        "relu,0.01", "relu,1.0", "relu,xavier", "relu,he", "sigmoid,xavier", "sigmoid,1.0", "gelu,he",
        "selu,xavier", "leaky_relu:0.2,he", "linear,xavier"})
    void meanFieldTheoryPredictsTheMeasuredStd(String activation, String init) {
        RunResult run = lecture(activation, init);
        for (int l = 0; l < run.layers().size(); l++) {
            double theory = run.theory().get(l).std();
            double measured = run.layers().get(l).std();
            // tanh contracts fluctuations (within 1% measured); relu's finite-width random walk
            // drifts from the infinite-width prediction by up to ~10% at depth 10;
            // sigmoid's mean 1/2 gives every unit a fixed offset, another finite-width effect
            double tolerance = activation.equals("tanh") || l == 0 ? 0.02 : 0.15;
            assertThat(measured).as("%s/%s layer %d", activation, init, l + 1)
                    .isCloseTo(theory, within(tolerance * theory));
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"tanh", "relu", "selu"})
    void lsuvGivesEveryLayerUnitPreActivationVariance(String activation) {
        RunResult run = lecture(activation, "lsuv");
        // the stats of act(z) for z ~ N(0, 1) at every layer, and the theory (with LSUV's scales) agrees;
        // within the paper's tolerance: a variance within 0.1 of 1 is a std within 5%
        MeanField.Moments unit = MeanField.predict(Activation.parse(activation), new double[] {Math.sqrt(1.0 / 500)},
                500)[0];
        for (int l = 1; l <= 10; l++) {
            assertThat(run.layers().get(l - 1).std()).as("layer %d", l).isCloseTo(unit.std(), within(0.06 * unit.std()));
            assertThat(run.theory(l).orElseThrow().std()).isCloseTo(unit.std(), within(0.06 * unit.std()));
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"tanh", "relu"})
    void orthogonalWeightsFollowTheTheoryAtLeastAsWellAsGaussianOnes(String activation) {
        // orthogonal layers keep each row's norm, so the finite-width wandering is smaller; measured here
        RunResult run = lecture(activation, "orthogonal");
        for (int l = 1; l <= 10; l++) {
            assertThat(run.layers().get(l - 1).std()).as("layer %d", l)
                    .isCloseTo(run.theory(l).orElseThrow().std(), within(0.03 * run.theory(l).orElseThrow().std()));
        }
    }

    @Test
    void nonZeroConstantsHaveNoTheoryAndKeepEveryUnitEqual() {
        RunResult run = Runs.run("tanh", "constant:0.01", 3, 50, 20, 0, Rng.NUMPY, Precision.F64, 1);
        assertThat(run.theory()).isEmpty();
        assertThat(run.theory(1)).isEmpty();
        assertThat(run.layers().get(2).std()).isGreaterThan(0); // rows differ, units do not
    }

    @Test
    void seedsRunInParallelAndEachIsItsOwnRun() {
        int seeds = 5;
        RunResult spread = Runs.run("relu", "he", 4, 40, 30, 100, Rng.NUMPY, Precision.F32, 2, "auto", false, seeds);
        double[] std = new double[seeds];
        for (int i = 0; i < seeds; i++) {
            std[i] = Runs.run("relu", "he", 4, 40, 30, 100 + i, Rng.NUMPY, Precision.F32, 1).layers().get(3).std();
        }
        double mean = java.util.Arrays.stream(std).average().orElseThrow();
        double variance = java.util.Arrays.stream(std).map(s -> (s - mean) * (s - mean)).sum() / (seeds - 1);
        assertThat(spread.spread().get(3).std()).isCloseTo(mean, within(1e-12));
        // Student t with 4 degrees of freedom: 2.776 standard errors
        assertThat(spread.spread().get(3).stdCi95()).isCloseTo(2.776 * Math.sqrt(variance / seeds), within(1e-3));
        RunResult oneThread = Runs.run("relu", "he", 4, 40, 30, 100, Rng.NUMPY, Precision.F32, 1, "auto", false, seeds);
        assertThat(oneThread.spread()).usingRecursiveFieldByFieldElementComparator().isEqualTo(spread.spread());
    }

    @Test
    void seluWithLecunNormalIsSelfNormalizing() {
        // Klambauer et al. 2017: mean 0 and variance 1 are the fixed point; layers stay close to it
        RunResult run = lecture("selu", "xavier");
        for (LayerStatistics layer : run.layers()) {
            assertThat(layer.mean()).isCloseTo(0, within(0.1));
            assertThat(layer.std()).isCloseTo(1, within(0.1));
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void resultsDoNotDependOnTheThreadCount(Precision precision) {
        RunResult one = Runs.run("tanh", "xavier", 4, 129, 101, 9, Rng.FAST, precision, 1);
        for (int threads : new int[] {2, 3}) {
            RunResult more = Runs.run("tanh", "xavier", 4, 129, 101, 9, Rng.FAST, precision, threads);
            assertThat(more.layers()).usingRecursiveFieldByFieldElementComparator().isEqualTo(one.layers());
            assertThat(more.input()).usingRecursiveComparison().isEqualTo(one.input());
        }
    }

    /** Tables-only runs skip the histograms; every other number must stay what it was, bit for bit. */
    @ParameterizedTest
    @EnumSource(Precision.class)
    void histogramsCanBeLeftOutWithoutChangingAnyOtherNumber(Precision precision) {
        StatsConfig binned = StatsConfig.of(new StatsConfig.Network(5, 67, 83),
                new StatsConfig.Draws(InputSpec.LECTURE, Rng.NUMPY, 4, 1), new StatsConfig.Compute(precision, 2));
        for (Activation activation : StatsConfig.LECTURE_ACTIVATIONS) {
            for (Initializer init : StatsConfig.LECTURE_INITS) {
                RunResult with = run(binned, activation, init);
                RunResult without = run(binned.withHistograms(false), activation, init);
                assertThat(with.layers()).allSatisfy(layer -> assertThat(layer.bins()).isPresent());
                assertThat(without.layers()).allSatisfy(layer -> assertThat(layer.bins()).isEmpty());
                assertThat(without.input().bins()).isEmpty();
                assertThat(without.layers()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("bins")
                        .isEqualTo(with.layers());
                assertThat(without.input()).usingRecursiveComparison().ignoringFields("bins").isEqualTo(with.input());
            }
        }
    }

    private static RunResult run(StatsConfig config, Activation activation, Initializer init) {
        try (Workers workers = new Workers(config.threads())) {
            return new ActivationExperiment(config, Kernels.select(Kernels.AUTO), workers).run(activation, init);
        }
    }

    @Test
    void float32DrawsTheSameDoublesAndRoundsThem() {
        int batch = 7;
        int width = 13;
        RunResult run = Runs.run("relu", "he", 1, width, batch, 123, Rng.NUMPY, Precision.F32, 1);
        NumpyRandom numpy = new NumpyRandom(123);
        float[] input = new float[batch * width];
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) numpy.nextGaussian();
        }
        LayerAccumulator expected = new LayerAccumulator();
        expected.add(input, 0, input.length);
        assertThat(run.input()).usingRecursiveComparison().isEqualTo(expected.result());
    }

    @Test
    void everyKernelGivesTheSameStatisticsWithinRounding() {
        RunResult reference = Runs.run("tanh", "xavier", 3, 37, 19, 5, Rng.NUMPY, Precision.F64, 1, "naive");
        for (String kernel : actbench.kernel.Kernels.names()) {
            RunResult run = Runs.run("tanh", "xavier", 3, 37, 19, 5, Rng.NUMPY, Precision.F64, 2, kernel);
            for (int i = 0; i < 3; i++) {
                assertThat(run.layers().get(i).std()).as(kernel)
                        .isCloseTo(reference.layers().get(i).std(), within(1e-12));
            }
        }
    }
}
