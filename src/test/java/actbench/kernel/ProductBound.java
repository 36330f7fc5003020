package actbench.kernel;

/**
 * The error bound every matrix product is tested against: for a dot product of length k,
 * (k + 2) * unit roundoff * sum |a_ip * b_pj|, so it grows with k and with the magnitudes.
 */
public final class ProductBound {

    private ProductBound() {
    }

    /** Checks C = A @ B (row-major, m x k x n) against a double reference. */
    public static void assertWithinBound(double[] a, double[] b, double[] c, int m, int k, int n,
                                          double unitRoundoff) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double exact = 0;
                double magnitude = 0;
                for (int p = 0; p < k; p++) {
                    exact += a[i * k + p] * b[p * n + j];
                    magnitude += Math.abs(a[i * k + p] * b[p * n + j]);
                }
                double bound = (k + 2) * unitRoundoff * magnitude + Double.MIN_NORMAL;
                double actual = c[i * n + j];
                if (!(Math.abs(actual - exact) <= bound)) {
                    throw new AssertionError("c[" + i + "," + j + "] = " + actual + ", expected "
                            + exact + " within " + bound);
                }
            }
        }
    }

    public static double[] widen(float[] values) {
        double[] wide = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            wide[i] = values[i];
        }
        return wide;
    }
}
