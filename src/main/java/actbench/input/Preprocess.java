package actbench.input;

import actbench.matrix.SymmetricEigen;
import java.util.Locale;

/**
 * {@code --preprocess}: what the lecture does to data before the network (E4), over the batch
 * ({@code axis=0}), in double before the input is rounded to the run's precision.
 */
public enum Preprocess {
    NONE,
    /** {@code X -= mean(X, axis=0)}. */
    CENTER,
    /** Centred, then {@code X /= std(X, axis=0)} (features with std 0 are left at 0). */
    STANDARDIZE,
    /** Centred, then rotated onto the covariance's eigenvectors (descending): a diagonal covariance. */
    PCA,
    /**
     * PCA, then each component divided by sqrt(its eigenvalue + 1e-10 x the largest): the identity
     * covariance when the batch has more rows than features (otherwise the null directions stay 0).
     */
    WHITEN;

    static final double EPSILON = 1e-10;

    /** Applies this step in place to the row-major {@code rows x cols} batch. */
    public void apply(double[] x, int rows, int cols) {
        if (this == NONE) {
            return;
        }
        center(x, rows, cols);
        switch (this) {
            case STANDARDIZE -> standardize(x, rows, cols);
            case PCA, WHITEN -> rotate(x, rows, cols, this == WHITEN);
            default -> {
            }
        }
    }

    private static void center(double[] x, int rows, int cols) {
        double[] mean = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                mean[j] += x[r * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= rows;
        }
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                x[r * cols + j] -= mean[j];
            }
        }
    }

    private static void standardize(double[] x, int rows, int cols) {
        double[] squares = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                squares[j] += x[r * cols + j] * x[r * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            double std = Math.sqrt(squares[j] / rows);
            squares[j] = std > 0 ? 1 / std : 0;
        }
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                x[r * cols + j] *= squares[j];
            }
        }
    }

    /** X <- X V (V's columns the eigenvectors), scaled per component to unit variance if whitening. */
    private static void rotate(double[] x, int rows, int cols, boolean whiten) {
        SymmetricEigen eigen = SymmetricEigen.of(covariance(x, rows, cols));
        double[] factor = new double[cols];
        double largest = Math.max(eigen.values()[0], 0);
        for (int c = 0; c < cols; c++) {
            factor[c] = whiten ? 1 / Math.sqrt(Math.max(eigen.values()[c], 0) + EPSILON * largest) : 1;
        }
        if (largest == 0) {
            return; // a batch of zeros (or of one row) stays as it is
        }
        // V^T as rows: row c is eigenvector c, so (X V)[r][c] = x_r . v_c
        double[] row = new double[cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x, r * cols, row, 0, cols);
            for (int c = 0; c < cols; c++) {
                double[] v = eigen.vectors()[c];
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    sum += row[j] * v[j];
                }
                x[r * cols + c] = sum * factor[c];
            }
        }
    }

    /** X^T X / rows of the centred batch, by rank-one updates along contiguous rows. */
    static double[][] covariance(double[] x, int rows, int cols) {
        double[][] c = new double[cols][cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int j = 0; j < cols; j++) {
                double xj = x[base + j];
                double[] cj = c[j];
                for (int k = j; k < cols; k++) {
                    cj[k] += xj * x[base + k];
                }
            }
        }
        for (int j = 0; j < cols; j++) {
            for (int k = j; k < cols; k++) {
                c[j][k] /= rows;
                c[k][j] = c[j][k];
            }
        }
        return c;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
