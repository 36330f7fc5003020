package actbench.stats;

/**
 * The sign test on paired runs: if neither side were faster, each pair would go either way with
 * probability 1/2, and the number of pairs one side wins would be binomial(n, 1/2). The two-sided
 * p-value is the chance of a split at least as uneven as the one seen; tied pairs tell nothing and
 * are left out. It assumes nothing about how the times are distributed, which on a noisy machine
 * (slow outliers, states that come and go) is the point.
 */
public final class SignTest {

    private SignTest() {
    }

    /** The two-sided p-value of {@code wins} against {@code losses} (1 when there are no pairs). */
    public static double twoSidedP(int wins, int losses) {
        if (wins < 0 || losses < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + wins + " and " + losses);
        }
        int n = wins + losses;
        int k = Math.max(wins, losses);
        // P(X >= k) for X ~ binomial(n, 1/2), each term C(n, i) / 2^n built from the last one so
        // that nothing overflows: C(n, i + 1) = C(n, i) (n - i) / (i + 1)
        double term = Math.pow(0.5, n);
        for (int i = 0; i < k; i++) {
            term = term * (n - i) / (i + 1);
        }
        double tail = 0;
        for (int i = k; i <= n; i++) {
            tail += term;
            term = term * (n - i) / (i + 1);
        }
        return Math.min(1, 2 * tail);
    }
}
