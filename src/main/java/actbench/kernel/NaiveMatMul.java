package actbench.kernel;

/**
 * The textbook i-j-k triple loop: a dot product per element of {@code c}. The baseline everyone
 * understands and the reference the other kernels are tested against; slow because the inner loop
 * walks a column of {@code b}, one cache line per element.
 */
public final class NaiveMatMul implements MatMul {

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public void multiplyRows(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = sum;
            }
        }
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int k, int n, int rowFrom, int rowTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = sum;
            }
        }
    }
}
