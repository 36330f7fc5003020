package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link FormattedDouble} prints what {@code String.format(Locale.ROOT, ...)} prints, on this JDK. */
class FormattedDoubleTest {

    /** Random bit patterns, decimals at every magnitude, and the values where rounding turns. */
    private static double[] values() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 1.0, -1.0, 0.3, 0.5, 0.05, 0.005, 0.0005, 5e-5, 0.125, 0.375, 2.5,
                9.5, 99.5, 0.995, 0.9995, 9.9999995, 99999.95, 999999.5, 999999.4, 1e6, 1e-3, 1e-4,
                9.99995e-5, 9.999995e-5, 0.00099999995, 1e7, 1e-7, 123456789.0, 4.35, 4.45, 1e22, 1e23,
                0.982081, 0.213232, 13.0433, 5.30765e-4, 99.995, 99.9949999, 0.015, 0.025));
        SplittableRandom random = new SplittableRandom(20261130);
        for (int i = 0; i < 8_000; i++) {
            double bits = Double.longBitsToDouble(random.nextLong());
            double decimal = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 12));
            // a short decimal with a 5 or 9 run at the end: the ties and carries of rounding
            long mantissa = random.nextLong(1, 10_000_000L) * 10 + (random.nextBoolean() ? 5 : 9);
            double tie = mantissa * Math.pow(10, random.nextInt(-15, 8));
            values.addAll(List.of(bits, decimal, tie, -tie, Math.rint(decimal * 1e6)));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static final double[] VALUES = values();

    static Stream<Arguments> formats() {
        List<Arguments> formats = new ArrayList<>();
        for (int n = 0; n <= 8; n++) {
            int decimals = n;
            formats.add(Arguments.of("%." + n + "e", (DoubleFunction<String>) v -> FormattedDouble.scientific(v, decimals)));
            formats.add(Arguments.of("%." + n + "f", (DoubleFunction<String>) v -> FormattedDouble.fixed(v, decimals)));
        }
        for (int n = 1; n <= 10; n++) {
            int significant = n;
            formats.add(Arguments.of("%." + n + "g", (DoubleFunction<String>) v -> FormattedDouble.general(v, significant)));
        }
        return formats.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void printsWhatTheFormatterPrints(String pattern, DoubleFunction<String> formatted) {
        List<String> differences = new ArrayList<>();
        for (double value : VALUES) {
            String expected = String.format(Locale.ROOT, pattern, value);
            String actual = formatted.apply(value);
            if (!expected.equals(actual) && differences.size() < 10) {
                differences.add(value + " (" + Double.doubleToRawLongBits(value) + "): " + expected + " but " + actual);
            }
        }
        assertThat(differences).isEmpty();
    }
}
