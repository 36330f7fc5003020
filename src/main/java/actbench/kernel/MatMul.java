package actbench.kernel;

/**
 * {@code c = a @ b} for row-major flat arrays: {@code a} is m x k, {@code b} is k x n, {@code c}
 * is m x n and is overwritten. Each implementation is one technique, in float and double.
 *
 * <p>Work is expressed over a range of rows of {@code c}, so callers can split a product across
 * threads; every kernel computes a row the same way whatever range it belongs to, so the result
 * never depends on how rows were split. Shapes are validated by callers, once, at the boundary.
 */
public interface MatMul {

    /** The technique's name, as {@code --kernel} takes it and reports print it. */
    String name();

    /** Computes rows {@code [rowFrom, rowTo)} of {@code c = a @ b}. */
    void multiplyRows(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo);

    /** Computes rows {@code [rowFrom, rowTo)} of {@code c = a @ b}. */
    void multiplyRows(double[] a, double[] b, double[] c, int k, int n, int rowFrom, int rowTo);

    default void multiply(float[] a, float[] b, float[] c, int m, int k, int n) {
        multiplyRows(a, b, c, k, n, 0, m);
    }

    default void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        multiplyRows(a, b, c, k, n, 0, m);
    }
}
