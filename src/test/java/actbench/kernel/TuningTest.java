package actbench.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TuningTest {

    /** KC follows the L1 rule for every shape a width gives, and keeps 256 where it was measured (256-bit). */
    @ParameterizedTest(name = "{0} values of {1} bytes a k step: KC {2}")
    @CsvSource({
        "20, 4, 256",   // 256-bit float: 2 vectors of 8 + 4 rows
        "12, 8, 256",   // 256-bit double: 2 vectors of 4 + 4 rows
        "42, 4, 128",   // 512-bit float: 2 vectors of 16 + 10 rows
        "32, 8, 64",    // 512-bit double: 3 vectors of 8 + 8 rows
        "12, 4, 512",   // 128-bit float: 2 vectors of 4 + 4 rows
        "8, 8, 256"})   // 128-bit double: 2 vectors of 2 + 4 rows
    void kBlocksFillThreeQuartersOfL1(int valuesPerK, int bytes, int expected) {
        int kc = Tuning.kc(valuesPerK, bytes);
        assertThat(kc).isEqualTo(expected);
        long budget = Tuning.L1_BYTES * 3L / 4;
        assertThat((long) kc * valuesPerK * bytes).isLessThanOrEqualTo(budget);
        assertThat(2L * kc * valuesPerK * bytes).isGreaterThan(budget);
    }

    /** Every tile height the generator uses cuts a layer into the same 40-row tasks. */
    @Test
    void packedRowBlocksAreFortyRowsForEveryTileHeight() {
        for (int mr : new int[] {4, 8, 10}) {
            assertThat(Tuning.packedRowBlock(mr)).as("MR %d", mr).isEqualTo(40);
        }
    }

    /** The lead puts a packed B's first element on the alignment boundary, past the array header, in both precisions. */
    @ParameterizedTest(name = "{0}-byte elements: lead {1}")
    @CsvSource({"4, 4", "8, 2"})
    void leadAlignsThePanelsPastTheArrayHeader(int bytes, int expected) {
        assertThat(Tuning.lead(bytes)).isEqualTo(expected);
        assertThat((Tuning.ARRAY_BASE_BYTES + Tuning.lead(bytes) * bytes) % Tuning.ALIGN_BYTES).isZero();
    }
}
