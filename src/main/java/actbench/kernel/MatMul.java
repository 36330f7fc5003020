package actbench.kernel;

import actbench.matrix.Precision;

/**
 * {@code c = a @ b} for row-major flat arrays: {@code a} is m x k, {@code b} is k x n, {@code c}
 * is m x n and is overwritten. Each implementation is one technique, in float and double.
 *
 * <p>A product runs in two steps: {@link #pack} rearranges {@code b} once into the layout the
 * technique reads (the identity for most), then {@link #multiplyRows} computes any range of rows
 * of {@code c}, so callers can split a product across threads. Every kernel computes a row the
 * same way whatever range it belongs to, so results never depend on how rows were split. Shapes
 * are validated by callers, once, at the boundary; {@link ParallelMatMul} puts the steps together.
 */
public interface MatMul {

    /** The technique's name, as {@code --kernel} takes it and reports print it. */
    String name();

    /** Length of the array {@link #pack} fills for a k x n {@code b}. */
    default int packedLength(Precision precision, int k, int n) {
        return k * n;
    }

    /** Rearranges {@code b} (k x n) into {@code packed}. */
    default void pack(float[] b, int k, int n, float[] packed) {
        pack(b, k, n, packed, 0, k);
    }

    /** Rearranges {@code b} (k x n) into {@code packed}. */
    default void pack(double[] b, int k, int n, double[] packed) {
        pack(b, k, n, packed, 0, k);
    }

    /**
     * Rearranges rows {@code [from, to)} of {@code b} into their place in {@code packed}; ranges
     * are independent, so a product's packing can be split across threads. By default a plain copy.
     */
    default void pack(float[] b, int k, int n, float[] packed, int from, int to) {
        System.arraycopy(b, from * n, packed, from * n, (to - from) * n);
    }

    /** Rows {@code [from, to)} of {@code b} into {@code packed}; by default a plain copy. */
    default void pack(double[] b, int k, int n, double[] packed, int from, int to) {
        System.arraycopy(b, from * n, packed, from * n, (to - from) * n);
    }

    /** Rows of {@code c} per parallel task that suit this kernel's tiles. */
    default int rowBlock(Precision precision) {
        return Tuning.SCALAR_ROW_BLOCK;
    }

    /** Computes rows {@code [rowFrom, rowTo)} of {@code c = a @ b}, {@code b} as {@link #pack} left it. */
    void multiplyRows(float[] a, float[] packedB, float[] c, int k, int n, int rowFrom, int rowTo);

    /** Computes rows {@code [rowFrom, rowTo)} of {@code c = a @ b}, {@code b} as {@link #pack} left it. */
    void multiplyRows(double[] a, double[] packedB, double[] c, int k, int n, int rowFrom, int rowTo);

    /** The whole product on the calling thread (allocates the packed copy of b). */
    default void multiply(float[] a, float[] b, float[] c, int m, int k, int n) {
        float[] packed = new float[packedLength(Precision.F32, k, n)];
        pack(b, k, n, packed);
        multiplyRows(a, packed, c, k, n, 0, m);
    }

    /** The whole product on the calling thread (allocates the packed copy of b). */
    default void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        double[] packed = new double[packedLength(Precision.F64, k, n)];
        pack(b, k, n, packed);
        multiplyRows(a, packed, c, k, n, 0, m);
    }
}
