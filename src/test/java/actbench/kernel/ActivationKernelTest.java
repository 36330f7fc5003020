package actbench.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.model.Activation;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chosen activation kernel against the definition (Math.tanh, max) on lengths with every
 * tail, and against its scalar twin bit for bit.
 */
class ActivationKernelTest {

    /** Measured maximum of Tanh against Math.tanh is 4 ulps in double, 9e-8 absolute in float. */
    private static final double DOUBLE_ULPS = 4;
    private static final double FLOAT_ABS = 2e-7;

    static Stream<Arguments> cases() {
        return ALL.stream().flatMap(a -> Stream.of(0, 1, 3, 7, 8, 15, 16, 17, 33, 500, 1001)
                .map(n -> Arguments.of(a, n)));
    }

    /** Every kind, leaky_relu also with slope 0 (relu by another path) and a large slope. */
    private static final List<Activation> ALL = Stream.concat(Activation.all().stream(),
            Stream.of(Activation.leakyRelu(0), Activation.leakyRelu(0.75))).toList();

    private static final ActivationKernel CHOSEN = Kernels.select(Kernels.AUTO).activation();
    private static final ActivationKernel SCALAR = new ScalarActivation();

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("cases")
    void floatAgreesWithTheDefinitionAndTheScalarTwin(Activation activation, int n) {
        float[] x = new float[n + 6];
        SplittableRandom random = new SplittableRandom(n);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-12, 12);
        }
        float[] original = x.clone();
        float[] twin = x.clone();
        CHOSEN.apply(activation, x, 3, 3 + n);
        SCALAR.apply(activation, twin, 3, 3 + n);
        assertThat(x).containsExactly(twin);
        for (int i = 0; i < x.length; i++) {
            double expected = i >= 3 && i < 3 + n ? activation.apply(original[i]) : original[i];
            // values beyond 1 (relu, gelu, selu) are also allowed their float rounding
            assertThat(Math.abs(x[i] - expected)).as("x[%d]", i)
                    .isLessThanOrEqualTo(FLOAT_ABS + 2 * Math.ulp((float) expected));
        }
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("cases")
    void doubleAgreesWithTheDefinitionAndTheScalarTwin(Activation activation, int n) {
        double[] x = new SplittableRandom(n).doubles(n + 6, -20, 20).toArray();
        double[] original = x.clone();
        double[] twin = x.clone();
        CHOSEN.apply(activation, x, 3, 3 + n);
        SCALAR.apply(activation, twin, 3, 3 + n);
        assertThat(x).containsExactly(twin);
        for (int i = 0; i < x.length; i++) {
            double expected = i >= 3 && i < 3 + n ? activation.apply(original[i]) : original[i];
            // gelu is built on 1 + tanh: absolute accuracy near -1, scaled by |x|
            double absolute = activation.kind() == Activation.Kind.GELU
                    ? 4 * Math.ulp(1.0) * Math.abs(original[i]) : 0;
            assertThat(Math.abs(x[i] - expected)).as("x[%d]", i)
                    .isLessThanOrEqualTo(DOUBLE_ULPS * Math.ulp(expected) + absolute);
        }
    }

    @Test
    void tanhIsAccurateOverTheWholeRealLine() {
        SplittableRandom random = new SplittableRandom(99);
        double[] x = new double[200_000];
        for (int i = 0; i < x.length; i++) {
            // uniform mantissa, exponents from 2^-60 to 2^10, both signs: tiny, moderate and huge
            x[i] = Math.scalb(random.nextDouble(1, 2), random.nextInt(-60, 11)) * (random.nextBoolean() ? 1 : -1);
        }
        double[] special = {0.0, -0.0, Double.MIN_VALUE, 1e-300, 0.17, 0.3466, 19.06, 20, 1e300,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] values : new double[][] {x, special}) {
            double[] d = values.clone();
            float[] f = new float[values.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) values[i];
            }
            CHOSEN.apply(Activation.TANH, d, 0, d.length);
            CHOSEN.apply(Activation.TANH, f, 0, f.length);
            for (int i = 0; i < d.length; i++) {
                double exact = Math.tanh(values[i]);
                assertThat(Math.abs(d[i] - exact)).as("tanh(%s)", values[i])
                        .isLessThanOrEqualTo(DOUBLE_ULPS * Math.ulp(exact));
                assertThat(Math.abs(f[i] - Math.tanh((float) values[i]))).as("tanhf(%s)", values[i])
                        .isLessThanOrEqualTo(FLOAT_ABS);
            }
        }
    }

    @Test
    void nanStaysNanSoOverflowIsSeen() {
        double[] d = {Double.NaN, 1, Double.NaN, 2, 3, 4, 5, 6, 7, 8, 9, Double.NaN};
        float[] f = {Float.NaN, 1, Float.NaN, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, Float.NaN};
        for (Activation activation : ALL) {
            double[] dc = d.clone();
            float[] fc = f.clone();
            CHOSEN.apply(activation, dc, 0, dc.length);
            CHOSEN.apply(activation, fc, 0, fc.length);
            assertThat(dc[0]).isNaN();
            assertThat(dc[11]).isNaN();
            assertThat(fc[2]).isNaN();
            assertThat(fc[17]).isNaN();
        }
    }
}
