package actbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Steady means the fastest pass has not improved by more than 2% for five passes in a row. */
class SteadinessTest {

    @Test
    void fivePassesWithoutA2PercentGainAreSteady() {
        Steadiness warm = new Steadiness();
        warm.record(100);
        for (int i = 0; i < Steadiness.STEADY - 1; i++) {
            warm.record(99);  // within 2% of the best
            assertThat(warm.steady()).as("after %d passes", i + 2).isFalse();
        }
        warm.record(150);
        assertThat(warm.steady()).isTrue();
    }

    @Test
    void aPassMoreThan2PercentFasterStartsTheCountAgain() {
        Steadiness warm = new Steadiness();
        for (int i = 0; i < Steadiness.STEADY; i++) {
            warm.record(100);
        }
        warm.record(97);  // 3% faster: the code may still be compiling
        assertThat(warm.steady()).isFalse();
        for (int i = 0; i < Steadiness.STEADY; i++) {
            assertThat(warm.steady()).isFalse();
            warm.record(97);
        }
        assertThat(warm.steady()).isTrue();
    }

    @Test
    void passesThatKeepGettingFasterAreNeverSteady() {
        Steadiness warm = new Steadiness();
        for (long nanos = 1_000_000; nanos > 1000; nanos = nanos * 97 / 100) {
            warm.record(nanos);
            assertThat(warm.steady()).isFalse();
        }
    }
}
