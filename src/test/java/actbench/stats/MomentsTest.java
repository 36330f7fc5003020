package actbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MomentsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 4096, 10_001})
    void mergingChunksEqualsTwoPassOverEverything(int chunk) {
        double[] values = new SplittableRandom(3).doubles(50_000, -3, 5).toArray();
        Moments whole = Moments.of(values, 0, values.length);
        Moments merged = Moments.EMPTY;
        for (int from = 0; from < values.length; from += chunk) {
            merged = merged.merge(Moments.of(values, from, Math.min(values.length, from + chunk)));
        }
        assertThat(merged.count()).isEqualTo(values.length);
        assertThat(merged.mean()).isCloseTo(whole.mean(), within(1e-14));
        assertThat(merged.std()).isCloseTo(whole.std(), within(1e-13));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1e6, 1e9})
    void aLargeOffsetDoesNotDestroyTheVariance(double offset) {
        // The naive E[x^2] - E[x]^2 loses every digit at offset 1e9; Chan's merge keeps them.
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = offset + (i % 2 == 0 ? -1 : 1);
        }
        Moments merged = Moments.EMPTY;
        for (int from = 0; from < values.length; from += 4096) {
            merged = merged.merge(Moments.of(values, from, Math.min(values.length, from + 4096)));
        }
        assertThat(merged.std()).isCloseTo(1.0, within(1e-9));
        assertThat(merged.mean()).isCloseTo(offset, within(1e-6));
    }
}
