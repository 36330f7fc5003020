package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartsTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "0.0025, 0.0025", "-0.0025, -0.0025", "0.5, 0.5", "1, 1", "12.345, 12.3", "1000, 1000",
        "10000, 1E4", "5e11, 5E11", "-7.46e11, -7.46E11", "2.95271e-7, 2.95E-7", "0.001, 0.001",
        "0.000999, 9.99E-4"})
    void tickLabelsKeepTheirLeadingZeroAndOneNotationPerRange(double value, String label) {
        assertThat(Charts.tick(value)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "5, 8", "8, 8", "9, 8", "10000, 8", "10000, 80"})
    void evenlySpacedIndicesAreDistinctAndIncludeBothEnds(int count, int max) {
        int[] picked = Charts.evenlySpaced(count, max);
        assertThat(picked).hasSize(Math.min(count, max)).isSorted().doesNotHaveDuplicates();
        assertThat(picked[0]).isZero();
        assertThat(picked[picked.length - 1]).isEqualTo(count - 1);
    }
}
