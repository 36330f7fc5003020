package actbench.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chosen census kernel and its scalar twin against the definitions (Math.min and Math.max bit
 * for bit, |x| > 0.99 in double, x == 0), on lengths with every tail and offsets that are not
 * multiples of a vector, on values crowded at the edges: signed zeros, the threshold and its float
 * and double neighbours, subnormals, the largest finite values.
 */
class CensusKernelTest {

    private static final CensusKernel CHOSEN = Kernels.select(Kernels.AUTO).census();
    private static final CensusKernel SCALAR = new ScalarCensus();

    static Stream<Arguments> cases() {
        return Stream.of(CHOSEN, SCALAR).flatMap(census -> Stream.of(0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 23, 24,
                        31, 32, 33, 63, 64, 65, 100, 127, 500, 4095, 4096, 4097, 16384)
                .flatMap(n -> Stream.of(0, 1, 3).map(offset -> Arguments.of(census.name(), census, n, offset, n + offset))));
    }

    /** Edge values a third of the time, else tanh-like values and exact zeros (ReLU's). */
    private static double value(SplittableRandom random) {
        float threshold = (float) CensusKernel.SATURATION;
        double[] edges = {0.0, -0.0, CensusKernel.SATURATION, Math.nextUp(CensusKernel.SATURATION),
            Math.nextDown(CensusKernel.SATURATION), threshold, Math.nextUp(threshold), Math.nextDown(threshold),
            Double.MIN_VALUE, Float.MIN_VALUE, Float.MAX_VALUE, Double.MAX_VALUE, 1.0, 0.5};
        return switch (random.nextInt(3)) {
            case 0 -> (random.nextBoolean() ? 1 : -1) * edges[random.nextInt(edges.length)];
            case 1 -> random.nextBoolean() ? 0.0 : Math.tanh(random.nextGaussian() * 2);
            default -> random.nextGaussian() * 3;
        };
    }

    /** The float nearest {@code v}, the largest float where that would be infinite. */
    private static float finiteFloat(double v) {
        return (float) Math.max(-Float.MAX_VALUE, Math.min(Float.MAX_VALUE, v));
    }

    @ParameterizedTest(name = "{0} n={2} from={3}")
    @MethodSource("cases")
    void doublesAreCountedAsDefined(String name, CensusKernel census, int n, int from, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = IntStream.range(0, from + n + 5).mapToDouble(i -> value(random)).toArray();
        CensusKernel.Counts counts = new CensusKernel.Counts();
        counts.min = 7;              // counts add to what is there
        counts.saturated = 2;
        census.count(x, from, from + n, counts);
        assertCounts(counts, IntStream.range(from, from + n).mapToDouble(i -> x[i]).toArray(), 7, 2);
    }

    @ParameterizedTest(name = "{0} n={2} from={3}")
    @MethodSource("cases")
    void floatsAreCountedAsDefinedAndWidened(String name, CensusKernel census, int n, int from, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[from + n + 5];
        for (int i = 0; i < x.length; i++) {
            x[i] = finiteFloat(value(random));
        }
        double[] wide = new double[n + 3];
        wide[n] = 42;
        CensusKernel.Counts counts = new CensusKernel.Counts();
        census.countAndWiden(x, from, from + n, wide, counts);
        double[] expected = IntStream.range(from, from + n).mapToDouble(i -> x[i]).toArray();
        for (int i = 0; i < n; i++) {
            assertThat(Double.doubleToRawLongBits(wide[i])).as("wide[%d]", i)
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
        assertThat(wide[n]).as("past the end").isEqualTo(42);
        assertCounts(counts, expected, Double.POSITIVE_INFINITY, 0);
    }

    /** Enough calls for C2 to compile the loops (the cases above run mostly before it has). */
    @org.junit.jupiter.api.Test
    void compiledLoopsCountAsDefined() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 16_381;
        float[] x = new float[n + 2];
        double[] wide = new double[n];
        double[] doubles = new double[n];
        for (int round = 0; round < 400; round++) {
            for (int i = 0; i < x.length; i++) {
                x[i] = finiteFloat(value(random));
            }
            CensusKernel.Counts counts = new CensusKernel.Counts();
            CHOSEN.countAndWiden(x, 2, n + 2, wide, counts);
            System.arraycopy(wide, 0, doubles, 0, n);
            for (int i = 0; i < n; i++) {
                assertThat(wide[i]).isEqualTo(x[i + 2]);
            }
            assertCounts(counts, doubles, Double.POSITIVE_INFINITY, 0);
            counts.reset();
            CHOSEN.count(doubles, 0, n, counts);
            assertCounts(counts, doubles, Double.POSITIVE_INFINITY, 0);
        }
    }

    private static void assertCounts(CensusKernel.Counts counts, double[] values, double min, long saturated) {
        double max = Double.NEGATIVE_INFINITY;
        long zeros = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            saturated += Math.abs(v) > CensusKernel.SATURATION ? 1 : 0;
            zeros += v == 0 ? 1 : 0;
        }
        assertThat(Double.doubleToRawLongBits(counts.min)).as("min %s, not %s", counts.min, min)
                .isEqualTo(Double.doubleToRawLongBits(min));
        assertThat(Double.doubleToRawLongBits(counts.max)).as("max %s, not %s", counts.max, max)
                .isEqualTo(Double.doubleToRawLongBits(max));
        assertThat(counts.saturated).as("saturated").isEqualTo(saturated);
        assertThat(counts.zeros).as("zeros").isEqualTo(zeros);
    }
}
