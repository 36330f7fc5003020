package actbench.init;

import static actbench.Fixtures.doubles;
import static actbench.Fixtures.integer;
import static actbench.Fixtures.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import actbench.Fixtures;
import actbench.concurrent.Workers;
import actbench.model.Activation;
import actbench.random.FastMatrixDraws;
import actbench.random.MatrixDraws;
import actbench.random.NumpyMatrixDraws;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue against numpy draw for draw, and against its formulas on large samples. */
class InitializersTest {

    static Stream<Map<String, Object>> numpyRuns() {
        return Fixtures.list(Fixtures.load("initializers.json"), "runs").stream();
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("numpyRuns")
    void drawsWhatNumpyDraws(Map<String, Object> run) {
        Initializer init = Initializers.parse((String) run.get("init"));
        int fanIn = (int) integer(run, "fan_in");
        int fanOut = (int) integer(run, "fan_out");
        MatrixDraws draws = new NumpyMatrixDraws(11);
        draws.fill(0, new double[3 * fanIn], 3 * fanIn);
        double tolerance = init.name().startsWith("orthogonal") ? 1e-13 : 0; // numpy's QR is LAPACK's
        for (String layer : new String[] {"layer1", "layer2"}) {
            double[] w = new double[fanIn * fanOut];
            init.fill(draws, layer.equals("layer1") ? 1 : 2, w, fanIn, fanOut);
            double[] expected = doubles(run, layer);
            for (int i = 0; i < w.length; i++) {
                assertThat(w[i]).as("%s %dx%d %s[%d]", init.name(), fanIn, fanOut, layer, i)
                        .isCloseTo(expected[i], within(tolerance));
            }
        }
        // the stream continues where numpy's does (a constant takes nothing from it)
        double[] next = new double[1];
        draws.fill(3, next, 1);
        assertThat(next[0]).isEqualTo(number(run, "next"));
    }

    @ParameterizedTest
    @CsvSource({
        "xavier, 0.0447214", "lecun_normal, 0.0447214", "he, 0.0632456", "he_normal, 0.0632456",
        "glorot_normal, 0.0447214", "glorot_uniform, 0.0447214", "he_uniform, 0.0632456",
        "lecun_uniform, 0.0447214", "pytorch_default, 0.0258199", "normal, 0.05", "uniform:0.1, 0.0577350",
        "truncated_normal:0.1, 0.0879626", "orthogonal, 0.0447214", "orthogonal:2, 0.0894427", "0.01, 0.01"})
    void drawnWeightsHaveTheStatedStd(String name, double std) {
        Initializer init = Initializers.parse(name);
        int n = 500;
        assertThat(init.std(n, n)).isCloseTo(std, within(1e-6));
        double[] w = new double[n * n];
        try (Workers workers = new Workers(2)) {
            init.fill(new FastMatrixDraws(3, workers), 1, w, n, n);
        }
        double sum = 0;
        double squares = 0;
        double largest = 0;
        for (double v : w) {
            sum += v;
            squares += v * v;
            largest = Math.max(largest, Math.abs(v));
        }
        double mean = sum / w.length;
        // 250,000 draws: the sample std is within 1% of the population's
        assertThat(Math.sqrt(squares / w.length - mean * mean)).isCloseTo(std, within(0.01 * std));
        assertThat(mean).isCloseTo(0, within(0.01 * std));
        if (name.startsWith("truncated") || name.startsWith("glorot_normal")) {
            assertThat(largest).isLessThanOrEqualTo(2 * init.std(n, n) / Initializers.TRUNCATED_STD * (1 + 1e-15));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 64})
    void orthogonalIsOrthogonal(int n) {
        for (int[] shape : new int[][] {{n, n}, {n + 3, n}, {n, n + 3}}) {
            double[] w = new double[shape[0] * shape[1]];
            Initializers.parse("orthogonal").fill(new NumpyMatrixDraws(n), 1, w, shape[0], shape[1]);
            // the smaller side's vectors are orthonormal
            boolean tall = shape[0] >= shape[1];
            int vectors = Math.min(shape[0], shape[1]);
            int length = Math.max(shape[0], shape[1]);
            for (int a = 0; a < vectors; a++) {
                for (int b = 0; b < vectors; b++) {
                    double dot = 0;
                    for (int i = 0; i < length; i++) {
                        dot += tall ? w[i * shape[1] + a] * w[i * shape[1] + b] : w[a * shape[1] + i] * w[b * shape[1] + i];
                    }
                    assertThat(dot).isCloseTo(a == b ? 1 : 0, within(1e-13));
                }
            }
        }
    }

    @Test
    void constantsDrawNothingAndHaveNoTheoryUnlessZero() {
        assertThat(Initializers.parse("zeros").std(5, 5)).isZero();
        assertThat(Initializers.parse("constant:0.5").std(5, 5)).isNaN();
        double[] w = new double[6];
        Initializers.parse("constant:-2").fill(null, 1, w, 2, 3);
        assertThat(w).containsOnly(-2);
    }

    @Test
    void gainMultipliesAndNamesIt() {
        Initializer xavier = Initializers.parse("xavier");
        Initializer scaled = Gain.parse("auto").apply(xavier, Activation.TANH);
        assertThat(scaled.name()).isEqualTo("xavier*1.667");
        assertThat(scaled.std(100, 100)).isCloseTo(5.0 / 3 * 0.1, within(1e-15));
        assertThat(Gain.parse("2").apply(xavier, Activation.TANH).name()).isEqualTo("xavier*2");
        assertThat(Gain.ONE.apply(xavier, Activation.RELU)).isSameAs(xavier);
        assertThat(Gain.parse("auto").of(Activation.RELU)).isEqualTo(Math.sqrt(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kaiming", "xavier:2", "zeros:1", "constant", "constant:x", "normal:0",
        "normal:-1", "uniform:NaN", "orthogonal:0", "0", "-1", "Infinity", "lsuv:2"})
    void rejectsWhatIsNotAnInitializer(String text) {
        assertThatThrownBy(() -> Initializers.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "x", "NaN", "Infinity"})
    void rejectsWhatIsNotAGain(String text) {
        assertThatThrownBy(() -> Gain.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"1e20, 1e+20", "1.41421356, 1.414", "2, 2", "0.001, 0.001",
        "123456, 1.235e+05", "0.5, 0.5", "1e-7, 1e-07"})
    void gainLabelsShowTheValue(double gain, String label) {
        assertThat(Initializers.gainLabel(gain)).isEqualTo(label);
        assertThat(Initializers.withGain(Initializers.parse("he"), gain).name()).isEqualTo("he*" + label);
    }
}
