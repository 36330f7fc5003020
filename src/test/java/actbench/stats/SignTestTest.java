package actbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The sign test's two-sided p-value against exact binomial sums in integers. */
class SignTestTest {

    /** min(1, 2 * sum_{i >= max(w, l)} C(n, i) / 2^n), in exact integers, then one division. */
    private static double exact(int wins, int losses) {
        int n = wins + losses;
        BigInteger tail = BigInteger.ZERO;
        for (int i = Math.max(wins, losses); i <= n; i++) {
            tail = tail.add(binomial(n, i));
        }
        return Math.min(1, tail.multiply(BigInteger.TWO).doubleValue() / BigInteger.TWO.pow(n).doubleValue());
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return c;
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0", "5, 0", "0, 5", "6, 0", "8, 1", "1, 8", "6, 3", "4, 4", "20, 12", "19, 13",
        "16, 16", "60, 40", "70, 30", "100, 0", "0, 100", "55, 45"})
    void matchesTheExactBinomialTail(int wins, int losses) {
        assertThat(SignTest.twoSidedP(wins, losses)).isCloseTo(exact(wins, losses), within(1e-12));
    }

    @Test
    void aSweepOfSixIsTheFirstLeadAndOneLossNeedsNinePairs() {
        // the job timer's default of nine pairs rests on these
        assertThat(SignTest.twoSidedP(5, 0)).isEqualTo(2.0 / 32);
        assertThat(SignTest.twoSidedP(6, 0)).isEqualTo(2.0 / 64).isLessThan(0.05);
        assertThat(SignTest.twoSidedP(7, 1)).isGreaterThan(0.05);
        assertThat(SignTest.twoSidedP(8, 1)).isEqualTo(2.0 * 10 / 512).isLessThan(0.05);
        assertThat(SignTest.twoSidedP(6, 3)).isEqualTo(2.0 * (84 + 36 + 9 + 1) / 512);
    }

    @Test
    void isSymmetricAndOneForAnEvenSplitOrNoPairs() {
        assertThat(SignTest.twoSidedP(3, 9)).isEqualTo(SignTest.twoSidedP(9, 3));
        assertThat(SignTest.twoSidedP(4, 4)).isEqualTo(1);
        assertThat(SignTest.twoSidedP(0, 0)).isEqualTo(1);
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> SignTest.twoSidedP(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
