package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.concurrent.Workers;
import actbench.kernel.Kernels;
import actbench.kernel.LowPrecision;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.random.Rng;
import actbench.stats.LayerAccumulator;
import actbench.stats.LayerStatistics;
import actbench.stats.Verdict;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code bf16} and {@code f16}: the input, the weights and every layer's activations are stored
 * rounded to the format, the product accumulates in float, and the values that sink below the
 * format's normal range are counted; on the lecture's network float16 underflows and overflows
 * where float32 and bfloat16 do not.
 */
class SixteenBitStorageTest {

    private static float store(Precision format, float value) {
        return format == Precision.F16 ? LowPrecision.float16(value) : LowPrecision.bfloat16(value);
    }

    @ParameterizedTest
    @EnumSource(names = {"BF16", "F16"})
    void aLayerIsTheFloatProductOfRoundedValuesRounded(Precision format) {
        int batch = 53;   // two tasks and a partial third, edge tiles
        int width = 37;   // full and edge panels
        SplittableRandom random = new SplittableRandom(format.ordinal());
        double[] input = new double[batch * width];
        for (int i = 0; i < input.length; i++) {
            // spread over 12 decades, so some inputs are below float16's normal range
            input[i] = random.nextGaussian() * Math.pow(10, random.nextDouble(-10, 2));
        }
        double[] weights = new double[width * width];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextGaussian() * 0.05;
        }
        Kernels.Selection kernels = Kernels.select(Kernels.AUTO);
        LayerStatistics passInput;
        LayerStatistics passLayer;
        try (Workers workers = new Workers(2)) {
            ForwardPass pass = ForwardPass.create(format, batch, width, kernels, workers, true);
            passInput = pass.loadInput(input);
            pass.loadWeights(weights);
            passLayer = pass.layer(Activation.TANH);
        }

        float[] x = new float[input.length];
        long inputUnderflows = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = store(format, (float) input[i]);
            inputUnderflows += (float) input[i] != 0 && Math.abs(x[i]) < format.minNormal() ? 1 : 0;
        }
        float[] w = new float[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = store(format, (float) weights[i]);
        }
        float[] h = new float[batch * width];
        kernels.matMul().multiply(x, w, h, batch, width, width);
        kernels.activation().apply(Activation.TANH, h, 0, h.length);
        long layerUnderflows = 0;
        for (int i = 0; i < h.length; i++) {
            float rounded = store(format, h[i]);
            layerUnderflows += h[i] != 0 && Math.abs(rounded) < format.minNormal() ? 1 : 0;
            h[i] = rounded;
        }
        LayerAccumulator expected = new LayerAccumulator();
        expected.add(h, 0, h.length);
        LayerStatistics layer = expected.result();

        assertThat(passInput.underflow()).isEqualTo(inputUnderflows);
        if (format == Precision.F16) {
            assertThat(inputUnderflows).as("inputs below 2^-14").isPositive();
        }
        assertThat(passLayer.underflow()).isEqualTo(layerUnderflows);
        assertThat(passLayer.min()).isEqualTo(layer.min());
        assertThat(passLayer.max()).isEqualTo(layer.max());
        assertThat((double) store(format, (float) passLayer.max())).isEqualTo(passLayer.max());
        assertThat(passLayer.bins().orElseThrow().counts()).containsExactly(layer.bins().orElseThrow().counts());
        assertThat(passLayer.zeros()).isEqualTo(layer.zeros());
        // the pass merges its 40-row tasks' moments, this one accumulator its own chunks: last bits
        assertThat(passLayer.mean()).isCloseTo(layer.mean(), within(1e-12 * layer.std()));
        assertThat(passLayer.std()).isCloseTo(layer.std(), within(1e-12 * layer.std()));
    }

    @Test
    void onTheLecturesNetworkFloat16UnderflowsAndOverflowsWhereBfloat16AndFloat32DoNot() {
        RunResult tanh = run("tanh", "0.01", Precision.F16);
        OptionalInt underflow = Verdict.firstUnderflow(tanh.layers());
        assertThat(underflow).isPresent();
        assertThat(underflow.getAsInt()).as("first underflowed layer").isBetween(5, 9);
        assertThat(tanh.layers().get(0).underflowFraction()).isLessThan(0.01);
        assertThat(tanh.layers().get(9).underflowFraction()).isGreaterThan(0.9);
        // the format departs from the theory only once the values are subnormal
        assertThat(tanh.layers().get(2).std()).isCloseTo(tanh.theory(3).orElseThrow().std(),
                within(0.02 * tanh.layers().get(2).std()));

        OptionalInt overflow = Verdict.firstOverflow(run("relu", "1.0", Precision.F16).layers());
        assertThat(overflow).isPresent();
        assertThat(overflow.getAsInt()).as("first overflowed layer").isLessThanOrEqualTo(6);

        for (Precision wider : new Precision[] {Precision.BF16, Precision.F32}) {
            RunResult relu = run("relu", "1.0", wider);
            assertThat(relu.layers().subList(0, 6)).as(wider.label()).noneMatch(LayerStatistics::overflow);
            assertThat(Verdict.firstUnderflow(run("tanh", "0.01", wider).layers())).as(wider.label()).isEmpty();
        }
        assertThat(run("tanh", "0.01", Precision.F32).layers()).allMatch(l -> l.underflow() == 0);
    }

    private static RunResult run(String activation, String init, Precision precision) {
        return Runs.run(activation, init, 10, 500, 200, 0, Rng.NUMPY, precision, 2);
    }
}
