package actbench.matrix;

/**
 * Eigenvalues and eigenvectors of a symmetric matrix: Householder reduction to tridiagonal form,
 * then the QL algorithm with implicit shifts (the EISPACK tred2/tql2 method). O(n^3); about half a
 * second for the 500 x 500 covariance of a batch. Eigenvectors are kept as rows so the rotations
 * of the QL sweeps run along contiguous memory.
 *
 * @param values  eigenvalues, descending
 * @param vectors {@code vectors[i]} is the unit eigenvector of {@code values[i]}
 */
public record SymmetricEigen(double[] values, double[][] vectors) {

    private static final int MAX_ITERATIONS = 60;

    /** Decomposes {@code a} (n x n, symmetric; only read, never changed). */
    public static SymmetricEigen of(double[][] a) {
        int n = a.length;
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = a[i].clone();
        }
        double[] d = new double[n];
        double[] e = new double[n];
        tridiagonalize(z, d, e);
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                rows[i][k] = z[k][i];
            }
        }
        diagonalize(d, e, rows);
        // sort descending
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(d[y], d[x]));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int i = 0; i < n; i++) {
            values[i] = d[order[i]];
            vectors[i] = rows[order[i]];
        }
        return new SymmetricEigen(values, vectors);
    }

    /**
     * Householder reduction of {@code a} in place: on return {@code a} holds the orthogonal
     * transformation (columns), {@code d} the diagonal and {@code e[1..n)} the subdiagonal.
     */
    private static void tridiagonalize(double[][] a, double[] d, double[] e) {
        int n = a.length;
        for (int i = n - 1; i > 0; i--) {
            int l = i - 1;
            double h = 0;
            if (l > 0) {
                double scale = 0;
                for (int k = 0; k <= l; k++) {
                    scale += Math.abs(a[i][k]);
                }
                if (scale == 0) {
                    e[i] = a[i][l];
                } else {
                    for (int k = 0; k <= l; k++) {
                        a[i][k] /= scale;
                        h += a[i][k] * a[i][k];
                    }
                    double f = a[i][l];
                    double g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
                    e[i] = scale * g;
                    h -= f * g;
                    a[i][l] = f - g;
                    f = 0;
                    for (int j = 0; j <= l; j++) {
                        a[j][i] = a[i][j] / h;
                        g = 0;
                        for (int k = 0; k <= j; k++) {
                            g += a[j][k] * a[i][k];
                        }
                        for (int k = j + 1; k <= l; k++) {
                            g += a[k][j] * a[i][k];
                        }
                        e[j] = g / h;
                        f += e[j] * a[i][j];
                    }
                    double hh = f / (h + h);
                    for (int j = 0; j <= l; j++) {
                        f = a[i][j];
                        g = e[j] - hh * f;
                        e[j] = g;
                        for (int k = 0; k <= j; k++) {
                            a[j][k] -= f * e[k] + g * a[i][k];
                        }
                    }
                }
            } else {
                e[i] = a[i][l];
            }
            d[i] = h;
        }
        d[0] = 0;
        e[0] = 0;
        for (int i = 0; i < n; i++) {
            int l = i - 1;
            if (d[i] != 0) {
                for (int j = 0; j <= l; j++) {
                    double g = 0;
                    for (int k = 0; k <= l; k++) {
                        g += a[i][k] * a[k][j];
                    }
                    for (int k = 0; k <= l; k++) {
                        a[k][j] -= g * a[k][i];
                    }
                }
            }
            d[i] = a[i][i];
            a[i][i] = 1;
            for (int j = 0; j <= l; j++) {
                a[j][i] = 0;
                a[i][j] = 0;
            }
        }
    }

    /** QL with implicit shifts on the tridiagonal (d, e); rotates the eigenvector rows {@code z}. */
    private static void diagonalize(double[] d, double[] e, double[][] z) {
        int n = d.length;
        for (int i = 1; i < n; i++) {
            e[i - 1] = e[i];
        }
        if (n > 0) {
            e[n - 1] = 0;
        }
        for (int l = 0; l < n; l++) {
            int iterations = 0;
            int m;
            do {
                for (m = l; m < n - 1; m++) {
                    double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) <= 0x1p-52 * dd) {
                        break;
                    }
                }
                if (m == l) {
                    break;
                }
                if (iterations++ == MAX_ITERATIONS) {
                    throw new ArithmeticException("eigenvalues did not converge");
                }
                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = Math.sqrt(g * g + 1);
                g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
                double s = 1;
                double c = 1;
                double p = 0;
                int i;
                boolean underflow = false;
                for (i = m - 1; i >= l; i--) {
                    double f = s * e[i];
                    double b = c * e[i];
                    r = Math.sqrt(f * f + g * g);
                    e[i + 1] = r;
                    if (r == 0) { // recover from underflow
                        d[i + 1] -= p;
                        e[m] = 0;
                        underflow = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                    double[] lower = z[i];
                    double[] upper = z[i + 1];
                    for (int k = 0; k < n; k++) {
                        double t = upper[k];
                        upper[k] = s * lower[k] + c * t;
                        lower[k] = c * lower[k] - s * t;
                    }
                }
                if (underflow) {
                    continue;
                }
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            } while (true);
        }
    }
}
