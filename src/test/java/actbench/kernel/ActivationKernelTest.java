package actbench.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chosen activation kernel against the scalar definition, on lengths with every tail. */
class ActivationKernelTest {

    static Stream<Arguments> cases() {
        return Stream.of(Activation.values()).flatMap(a -> Stream.of(0, 1, 3, 7, 8, 15, 16, 17, 33, 500, 1001)
                .map(n -> Arguments.of(a, n)));
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("cases")
    void floatAgreesWithTheDefinition(Activation activation, int n) {
        float[] x = new float[n + 6];
        SplittableRandom random = new SplittableRandom(n);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-12, 12);
        }
        x[3 % x.length] = 0f;
        float[] original = x.clone();
        Kernels.select(Kernels.AUTO).activation().apply(activation, x, 3, 3 + n);
        for (int i = 0; i < x.length; i++) {
            double expected = i >= 3 && i < 3 + n ? activation.apply(original[i]) : original[i];
            // float rounding of the exact value is 6e-8; SVML's tanh stays within 1e-7
            assertThat(Math.abs(x[i] - expected)).as("x[%d]", i).isLessThanOrEqualTo(2e-7);
        }
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("cases")
    void doubleAgreesWithTheDefinition(Activation activation, int n) {
        double[] x = new SplittableRandom(n).doubles(n + 6, -20, 20).toArray();
        double[] original = x.clone();
        Kernels.select(Kernels.AUTO).activation().apply(activation, x, 3, 3 + n);
        for (int i = 0; i < x.length; i++) {
            double expected = i >= 3 && i < 3 + n ? activation.apply(original[i]) : original[i];
            assertThat(Math.abs(x[i] - expected)).as("x[%d]", i)
                    .isLessThanOrEqualTo(4 * Math.ulp(expected) + Double.MIN_NORMAL);
        }
    }
}
