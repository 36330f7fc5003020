package actbench.kernel;

import java.util.Arrays;

/**
 * The i-k-j loop order: for each element of a row of {@code a}, add a multiple of a row of
 * {@code b} to the row of {@code c}. Every inner access is sequential, which is all the cache
 * wants; the scalar twin of the Vector API broadcast kernel, used where vectors are unavailable.
 */
public final class ReorderedMatMul implements MatMul {

    @Override
    public String name() {
        return "reordered";
    }

    @Override
    public void multiplyRows(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            int ci = i * n;
            Arrays.fill(c, ci, ci + n, 0f);
            for (int p = 0; p < k; p++) {
                float aip = a[i * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int k, int n, int rowFrom, int rowTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            int ci = i * n;
            Arrays.fill(c, ci, ci + n, 0d);
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }
}
