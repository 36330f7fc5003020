package actbench.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.concurrent.Workers;
import org.junit.jupiter.api.Test;

class FastMatrixDrawsTest {

    private static double[] draw(int threads, int index, int count) {
        try (Workers workers = new Workers(threads)) {
            double[] values = new double[count];
            new FastMatrixDraws(42, workers).fill(index, values, count);
            return values;
        }
    }

    @Test
    void valuesDoNotDependOnTheThreadCount() {
        int count = 3 * FastMatrixDraws.BLOCK + 123;
        double[] one = draw(1, 2, count);
        assertThat(draw(2, 2, count)).containsExactly(one);
        assertThat(draw(3, 2, count)).containsExactly(one);
    }

    @Test
    void matricesAreDifferentStreamsWithUnitGaussianMoments() {
        int count = 400_000;
        double[] a = draw(2, 1, count);
        double[] b = draw(2, 2, count);
        assertThat(a[0]).isNotEqualTo(b[0]);
        double sum = 0;
        double squares = 0;
        for (double v : a) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / count;
        // 5 standard errors: fails only for a broken generator
        assertThat(mean).isCloseTo(0, within(5 / Math.sqrt(count)));
        assertThat(squares / count - mean * mean).isCloseTo(1, within(5 * Math.sqrt(2.0 / count)));
    }
}
