package actbench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.kernel.CensusKernel;
import actbench.kernel.Kernels;
import actbench.kernel.ScalarCensus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Min and max are Math.min and Math.max folded over the finite values, bit for bit (-0.0 below
 * +0.0), and the counts count what they say, whatever the order of the values and the chunks.
 */
class LayerAccumulatorTest {

    /** Doubles compared by their bits: a sum that overflowed makes the mean NaN, equal to itself here. */
    private static final BiPredicate<Double, Double> SAME_BITS =
            (a, b) -> Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void minAndMaxAreMathMinAndMaxBitForBit(int seed) {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.0, -0.0, 1.0, -1.0, 0.995, -0.995,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE));
        Random random = new Random(seed);
        for (int i = 0; i < 9000; i++) {
            values.add(seed % 2 == 0 ? random.nextGaussian() : (random.nextBoolean() ? 0.0 : -0.0));
        }
        Collections.shuffle(values, random);
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long saturated = 0;
        long zeros = 0;
        long nonFinite = 0;
        for (double x : v) {
            if (!Double.isFinite(x)) {
                nonFinite++;
                continue;
            }
            min = Math.min(min, x);
            max = Math.max(max, x);
            saturated += Math.abs(x) > LayerAccumulator.SATURATION ? 1 : 0;
            zeros += x == 0 ? 1 : 0;
        }
        LayerAccumulator accumulator = new LayerAccumulator();
        accumulator.add(v, 0, 5000);
        accumulator.add(v, 5000, v.length);
        LayerStatistics s = accumulator.result();
        assertThat(Double.doubleToRawLongBits(s.min())).isEqualTo(Double.doubleToRawLongBits(min));
        assertThat(Double.doubleToRawLongBits(s.max())).isEqualTo(Double.doubleToRawLongBits(max));
        assertThat(s.saturated()).isEqualTo(saturated);
        assertThat(s.zeros()).isEqualTo(zeros);
        assertThat(s.nonFinite()).isEqualTo(nonFinite);
    }

    /**
     * The accumulator, with the scalar census and the chosen one, gives what the definitions give, bit for bit: numpy's bins one value
     * at a time, Math.min/max, and per chunk of {@link LayerAccumulator#CHUNK} the two-pass moments
     * of its finite values, merged in order. Lengths around the chunk, values on every bin edge,
     * beyond the range, signed zeros, the saturation threshold and its neighbours, the smallest
     * subnormal, and (odd seeds) NaN, infinities and sums that overflow. The values go in whole and
     * in two calls, so the spans differ, and with them the chunks summed side by side.
     */
    @ParameterizedTest
    @CsvSource({"0, 1", "1, 3", "2, 4095", "3, 4096", "4, 4097", "5, 9000", "6, 20000", "7, 20000", "8, 12288",
        "9, 49152", "10, 65539", "11, 65539", "12, 40000",
        // a span of four chunks and a last one (whole or shorter) summed beside them, and lengths just past that
        "13, 16385", "14, 20480", "15, 20481", "16, 36864", "17, 53248", "18, 24576", "19, 61441", "20, 57345"})
    void oneChunkPassGivesTheDefinitionsBitForBit(int seed, int length) {
        for (CensusKernel census : List.of(new ScalarCensus(), Kernels.select(Kernels.AUTO).census())) {
            assertTheDefinitionsBitForBit(seed, length, census);
        }
    }

    private static void assertTheDefinitionsBitForBit(int seed, int length, CensusKernel census) {
        Random random = new Random(seed);
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            double u = random.nextDouble();
            v[i] = switch (random.nextInt(7)) {
                case 0 -> random.nextInt(31) * (2.0 / 30) - 1;                 // a bin edge
                case 1 -> Math.nextUp(random.nextInt(31) * (2.0 / 30) - 1);
                case 2 -> random.nextBoolean() ? 0.0 : -0.0;
                case 3 -> random.nextGaussian() * 3;                          // often beyond [-1, 1]
                case 4 -> random.nextGaussian() * 1e-7;
                case 5 -> (random.nextBoolean() ? 1 : -1) * switch (random.nextInt(4)) {  // the counts' edges
                    case 0 -> LayerAccumulator.SATURATION;
                    case 1 -> Math.nextUp(LayerAccumulator.SATURATION);
                    case 2 -> Math.nextDown(LayerAccumulator.SATURATION);
                    default -> Double.MIN_VALUE;
                };
                default -> Math.tanh(random.nextGaussian());
            };
            if (seed % 2 == 1 && u < 0.001) {
                double[] wild = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE};
                v[i] = wild[random.nextInt(wild.length)];
            }
        }
        // in thirds, and whole: the spans, and the last chunks summed beside them, differ
        for (int[][] parts : List.of(new int[][] {{0, length / 3}, {length / 3, length}}, new int[][] {{0, length}})) {
            LayerAccumulator accumulator = new LayerAccumulator(true, census);
            for (int[] part : parts) {
                accumulator.add(v, part[0], part[1]);
            }
            assertDefinitionsBitForBit(v, parts, accumulator.result());
        }
        LayerAccumulator accumulator = new LayerAccumulator(true, census);
        accumulator.add(v, 0, length / 3);
        accumulator.add(v, length / 3, length);
        LayerStatistics s = accumulator.result();

        float[] f = new float[length];
        for (int i = 0; i < length; i++) {
            f[i] = (float) v[i];
        }
        LayerAccumulator fromFloats = new LayerAccumulator(true, census);
        fromFloats.add(f, 0, length);
        LayerAccumulator widened = new LayerAccumulator(true, census);
        widened.add(widen(f), 0, length);
        assertThat(fromFloats.result()).usingRecursiveComparison().withEqualsForType(SAME_BITS, Double.class)
                .isEqualTo(widened.result());

        LayerAccumulator unbinned = new LayerAccumulator(false, census);
        unbinned.add(v, 0, length / 3);
        unbinned.add(v, length / 3, length);
        LayerStatistics without = unbinned.result();
        assertThat(without.bins()).isEmpty();
        assertThat(without).usingRecursiveComparison().withEqualsForType(SAME_BITS, Double.class)
                .ignoringFields("bins").isEqualTo(s);
    }

    /** {@code s} against the definitions over {@code v}, taken in {@code parts} (each cut into chunks from its start). */
    private static void assertDefinitionsBitForBit(double[] v, int[][] parts, LayerStatistics s) {
        Histogram histogram = new Histogram(LayerAccumulator.BINS, -1, 1);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long saturated = 0;
        long zeros = 0;
        Moments moments = Moments.EMPTY;
        for (int[] part : parts) {
            for (int start = part[0]; start < part[1]; start += LayerAccumulator.CHUNK) {
                int end = Math.min(part[1], start + LayerAccumulator.CHUNK);
                Moments chunk = Moments.EMPTY;
                for (int i = start; i < end; i++) {
                    double x = v[i];
                    if (Double.isFinite(x)) {
                        histogram.add(x);
                        min = Math.min(min, x);
                        max = Math.max(max, x);
                        saturated += Math.abs(x) > LayerAccumulator.SATURATION ? 1 : 0;
                        zeros += x == 0 ? 1 : 0;
                        chunk = chunk.merge(new Moments(1, x, 0));
                    }
                }
                boolean allFinite = java.util.Arrays.stream(v, start, end).allMatch(Double::isFinite);
                moments = moments.merge(allFinite ? Moments.of(v, start, end) : chunk);
            }
        }
        LayerStatistics.Bins bins = s.bins().orElseThrow();
        assertThat(bins.counts()).containsExactly(histogram.counts());
        assertThat(bins.below()).isEqualTo(histogram.below());
        assertThat(bins.above()).isEqualTo(histogram.above());
        assertThat(Double.doubleToRawLongBits(s.min())).isEqualTo(Double.doubleToRawLongBits(min));
        assertThat(Double.doubleToRawLongBits(s.max())).isEqualTo(Double.doubleToRawLongBits(max));
        assertThat(s.saturated()).isEqualTo(saturated);
        assertThat(s.zeros()).isEqualTo(zeros);
        assertThat(Double.doubleToRawLongBits(s.mean())).isEqualTo(Double.doubleToRawLongBits(moments.mean()));
        assertThat(Double.doubleToRawLongBits(s.std())).isEqualTo(Double.doubleToRawLongBits(moments.std()));
    }

    private static double[] widen(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
