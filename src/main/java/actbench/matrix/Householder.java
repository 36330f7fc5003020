package actbench.matrix;

/**
 * QR by Householder reflections, in double, on columns stored contiguously; O(n^3). What an
 * orthogonal initializer needs: the Q factor with the sign fix that makes it unique.
 */
public final class Householder {

    private Householder() {
    }

    /**
     * The columns of Q (each of length {@code rows}) for the row-major {@code rows x cols} matrix
     * {@code a}, rows >= cols, with the sign fix applied.
     */
    public static double[][] orthonormalColumns(double[] a, int rows, int cols) {
        double[][] c = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[j][i] = a[i * cols + j];
            }
        }
        double[][] v = new double[cols][];
        double[] scale = new double[cols];
        double[] diagonal = new double[cols];
        for (int k = 0; k < cols; k++) {
            double[] x = c[k];
            double norm = 0;
            for (int i = k; i < rows; i++) {
                norm += x[i] * x[i];
            }
            norm = Math.sqrt(norm);
            // reflect x onto -sign(x_k) |x| e_k: v = x - alpha e_k then has no cancellation
            double alpha = x[k] >= 0 ? -norm : norm;
            diagonal[k] = alpha;
            double[] reflector = new double[rows - k];
            System.arraycopy(x, k, reflector, 0, rows - k);
            reflector[0] -= alpha;
            double squared = dot(reflector, x, k, rows) - alpha * reflector[0];
            v[k] = reflector;
            scale[k] = squared == 0 ? 0 : 1 / squared; // a zero column needs no reflection
            for (int j = k + 1; j < cols; j++) {
                reflect(reflector, scale[k], c[j], k);
            }
        }
        // Q = H_0 H_1 ... H_{cols-1} applied to the first cols columns of the identity
        double[][] q = new double[cols][rows];
        for (int j = 0; j < cols; j++) {
            q[j][j] = 1;
            for (int k = Math.min(j, cols - 1); k >= 0; k--) {
                reflect(v[k], scale[k], q[j], k);
            }
            if (diagonal[j] < 0) {
                for (int i = 0; i < rows; i++) {
                    q[j][i] = -q[j][i];
                }
            }
        }
        return q;
    }

    /** {@code y[k..) -= 2 v (v . y[k..)) / (v . v)}, the Householder reflection, in place. */
    private static void reflect(double[] v, double inverseSquared, double[] y, int k) {
        double s = 2 * dot(v, y, k, k + v.length) * inverseSquared;
        for (int i = 0; i < v.length; i++) {
            y[k + i] -= s * v[i];
        }
    }

    private static double dot(double[] v, double[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += v[i - from] * y[i];
        }
        return sum;
    }
}
