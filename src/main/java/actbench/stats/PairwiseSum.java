package actbench.stats;

/**
 * numpy's summation order for contiguous doubles ({@code pairwise_sum} in its umath loops):
 * fewer than 8 values left to right; up to 128 values in eight interleaved partial sums combined
 * as a tree; above that, split in two halves (the first a multiple of 8) and recurse. Matching it
 * makes sums such as the notebook's cost identical to numpy's, not merely close.
 */
public final class PairwiseSum {

    private static final int BLOCK = 128;

    private PairwiseSum() {
    }

    public static double sum(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = a[from + j];
            }
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int half = n / 2;
        half -= half % 8;
        return sum(a, from, half) + sum(a, from + half, n - half);
    }
}
