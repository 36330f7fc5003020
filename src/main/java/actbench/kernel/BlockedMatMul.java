package actbench.kernel;

import java.util.Arrays;

/**
 * The i-k-j order tiled for the cache: B is walked in blocks of {@value Tuning#BLOCKED_K} rows x
 * {@value Tuning#BLOCKED_N} columns (128 KB in double, fits L2), and every row of the caller's range
 * passes over a block before the next block is touched, so B comes from cache rather than
 * memory. Scalar; each element of C still sums over k in order, exactly as {@link ReorderedMatMul}.
 */
public final class BlockedMatMul implements MatMul {

    @Override
    public String name() {
        return "blocked";
    }

    @Override
    public void multiplyRows(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            Arrays.fill(c, i * n, i * n + n, 0f);
        }
        for (int p0 = 0; p0 < k; p0 += Tuning.BLOCKED_K) {
            int p1 = Math.min(k, p0 + Tuning.BLOCKED_K);
            for (int j0 = 0; j0 < n; j0 += Tuning.BLOCKED_N) {
                int j1 = Math.min(n, j0 + Tuning.BLOCKED_N);
                for (int i = rowFrom; i < rowTo; i++) {
                    int ci = i * n;
                    for (int p = p0; p < p1; p++) {
                        float aip = a[i * k + p];
                        int bp = p * n;
                        for (int j = j0; j < j1; j++) {
                            c[ci + j] += aip * b[bp + j];
                        }
                    }
                }
            }
        }
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int k, int n, int rowFrom, int rowTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            Arrays.fill(c, i * n, i * n + n, 0d);
        }
        for (int p0 = 0; p0 < k; p0 += Tuning.BLOCKED_K) {
            int p1 = Math.min(k, p0 + Tuning.BLOCKED_K);
            for (int j0 = 0; j0 < n; j0 += Tuning.BLOCKED_N) {
                int j1 = Math.min(n, j0 + Tuning.BLOCKED_N);
                for (int i = rowFrom; i < rowTo; i++) {
                    int ci = i * n;
                    for (int p = p0; p < p1; p++) {
                        double aip = a[i * k + p];
                        int bp = p * n;
                        for (int j = j0; j < j1; j++) {
                            c[ci + j] += aip * b[bp + j];
                        }
                    }
                }
            }
        }
    }
}
