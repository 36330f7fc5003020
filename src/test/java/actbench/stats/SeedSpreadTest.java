package actbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedSpreadTest {

    private static LayerStatistics layer(double mean, double std) {
        return new LayerStatistics(100, mean, std, -1, 1, 0, 0, Optional.empty(), 0, 0);
    }

    @Test
    void confidenceHalfWidthIsStudentTTimesTheStandardError() {
        // stds 1, 2, 3: mean 2, sample sd 1, t(0.975, 2) = 4.303: half-width 4.303 / sqrt(3)
        SeedSpread spread = SeedSpread.of(List.of(layer(0, 1), layer(0, 2), layer(0, 3)));
        assertThat(spread.std()).isCloseTo(2, within(1e-15));
        assertThat(spread.stdCi95()).isCloseTo(4.303 / Math.sqrt(3), within(1e-12));
        assertThat(spread.meanCi95()).isZero();
        assertThat(SeedSpread.of(List.of(layer(0.5, 1))).stdCi95()).isZero();
    }

    @Test
    void tQuantilesApproachTheNormalOne() {
        assertThat(SeedSpread.t975(30)).isEqualTo(2.042);
        assertThat(SeedSpread.t975(40)).isCloseTo(2.021, within(1e-3));
        assertThat(SeedSpread.t975(1000)).isCloseTo(1.962, within(1e-3));
    }
}
