package actbench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Min and max are Math.min and Math.max folded over the finite values, bit for bit (-0.0 below
 * +0.0), and the counts count what they say, whatever the order of the values and the chunks.
 */
class LayerAccumulatorTest {

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
}
