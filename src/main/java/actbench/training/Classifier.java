package actbench.training;

import actbench.kernel.MatMul;
import actbench.matrix.Matrices;
import actbench.stats.PairwiseSum;

/**
 * The notebook's LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID network with plain batch
 * gradient descent, in double, operation for operation as the course's numpy code: weights
 * {@code W[l]} of shape (n_l, n_{l-1}) and biases {@code b[l]} of shape (n_l, 1), examples in the
 * columns of X. Sums over examples use numpy's pairwise order; matrix products use a project kernel.
 */
public final class Classifier {

    final int[] dims;
    final double[][] w;
    final double[][] b;
    private final MatMul matMul;

    Classifier(int[] dims, double[][] w, double[][] b, MatMul matMul) {
        this.dims = dims.clone();
        this.w = w;
        this.b = b;
        this.matMul = matMul;
    }

    public int layers() {
        return dims.length - 1;
    }

    /** Activations of every layer for the m examples in x (row-major dims[0] x m); [0] is x. */
    double[][] forward(double[] x, int m) {
        int layers = layers();
        double[][] a = new double[layers + 1][];
        a[0] = x;
        for (int l = 1; l <= layers; l++) {
            double[] z = new double[dims[l] * m];
            matMul.multiply(w[l], a[l - 1], z, dims[l], dims[l - 1], m);
            for (int i = 0; i < dims[l]; i++) {
                for (int j = 0; j < m; j++) {
                    double v = z[i * m + j] + b[l][i];
                    z[i * m + j] = l < layers ? Math.max(0, v) : 1 / (1 + Math.exp(-v));
                }
            }
            a[l] = z;
        }
        return a;
    }

    /** {@code 1/m * nansum(-log(a3) * Y - log(1 - a3) * (1 - Y))}; infinite when a3 hits 0 or 1 wrongly. */
    static double loss(double[] a3, int[] y) {
        int m = y.length;
        double[] terms = new double[m];
        for (int j = 0; j < m; j++) {
            double t = -Math.log(a3[j]) * y[j] + -Math.log(1 - a3[j]) * (1 - y[j]);
            terms[j] = Double.isNaN(t) ? 0 : t;
        }
        return 1. / m * PairwiseSum.sum(terms, 0, m);
    }

    /** One step of gradient descent on (x, y) from the activations of {@link #forward}. */
    void step(double[][] a, int[] y, double learningRate) {
        int m = y.length;
        int layers = layers();
        double[] dz = new double[m];
        for (int j = 0; j < m; j++) {
            dz[j] = 1. / m * (a[layers][j] - y[j]);
        }
        double[][] dw = new double[layers + 1][];
        double[][] db = new double[layers + 1][];
        for (int l = layers; l >= 1; l--) {
            int rows = dims[l];
            int cols = dims[l - 1];
            dw[l] = new double[rows * cols];
            matMul.multiply(dz, Matrices.transpose(a[l - 1], cols, m, new double[cols * m]), dw[l], rows, m, cols);
            db[l] = new double[rows];
            for (int i = 0; i < rows; i++) {
                db[l][i] = PairwiseSum.sum(dz, i * m, m);
            }
            if (l > 1) {
                double[] da = new double[cols * m];
                matMul.multiply(Matrices.transpose(w[l], rows, cols, new double[rows * cols]), dz, da, cols, rows, m);
                for (int k = 0; k < da.length; k++) {
                    da[k] = da[k] * (a[l - 1][k] > 0 ? 1 : 0);
                }
                dz = da;
            }
        }
        for (int l = 1; l <= layers; l++) {
            for (int k = 0; k < w[l].length; k++) {
                w[l][k] = w[l][k] - learningRate * dw[l][k];
            }
            for (int i = 0; i < b[l].length; i++) {
                b[l][i] = b[l][i] - learningRate * db[l][i];
            }
        }
    }

    /** Share of examples where (a3 > 0.5) equals the label. */
    double accuracy(double[] x, int[] y) {
        double[] a3 = forward(x, y.length)[layers()];
        int right = 0;
        for (int j = 0; j < y.length; j++) {
            right += (a3[j] > 0.5 ? 1 : 0) == y[j] ? 1 : 0;
        }
        return (double) right / y.length;
    }

    /** The probability of class 1 at one point (for decision-boundary plots). */
    public double probability(double x0, double x1) {
        return forward(new double[] {x0, x1}, 1)[layers()][0];
    }

    /**
     * Units of layer l whose weights and bias agree within {@code 1e-9} of the largest parameter
     * count as one: equal in exact arithmetic, they may differ in the last bits from summation order.
     */
    int distinctUnits(int l) {
        int rows = dims[l];
        int cols = dims[l - 1];
        double largest = 1;
        for (double v : w[l]) {
            largest = Math.max(largest, Math.abs(v));
        }
        for (double v : b[l]) {
            largest = Math.max(largest, Math.abs(v));
        }
        double tolerance = 1e-9 * largest;
        java.util.List<Integer> representatives = new java.util.ArrayList<>();
        for (int u = 0; u < rows; u++) {
            boolean seen = false;
            for (int r : representatives) {
                boolean same = Math.abs(b[l][u] - b[l][r]) <= tolerance;
                for (int c = 0; c < cols && same; c++) {
                    same = Math.abs(w[l][u * cols + c] - w[l][r * cols + c]) <= tolerance;
                }
                seen |= same;
            }
            if (!seen) {
                representatives.add(u);
            }
        }
        return representatives.size();
    }
}
