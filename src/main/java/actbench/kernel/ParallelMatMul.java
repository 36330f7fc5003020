package actbench.kernel;

import actbench.concurrent.Workers;
import actbench.matrix.Precision;

/**
 * Any kernel split over threads by a fixed partition of the rows of {@code c} into blocks of
 * {@link MatMul#rowBlock} rows. The blocks do not depend on the thread count, and neither do the
 * results (tested bit for bit). Keeps its packed copy of {@code b} between calls, so repeated
 * products allocate nothing.
 */
public final class ParallelMatMul {

    private final MatMul kernel;
    private final Workers workers;
    private float[] packedFloats = new float[0];
    private double[] packedDoubles = new double[0];

    public ParallelMatMul(MatMul kernel, Workers workers) {
        this.kernel = kernel;
        this.workers = workers;
    }

    public MatMul kernel() {
        return kernel;
    }

    public int threads() {
        return workers.threads();
    }

    public void multiply(float[] a, float[] b, float[] c, int m, int k, int n) {
        float[] packed = packedFloats(k, n);
        pack(kernel, workers, b, k, n, packed);
        int block = kernel.rowBlock(Precision.F32);
        workers.forEach(blocks(m, block), t ->
                kernel.multiplyRows(a, packed, c, k, n, t * block, Math.min(m, (t + 1) * block)));
    }

    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        double[] packed = packedDoubles(k, n);
        pack(kernel, workers, b, k, n, packed);
        int block = kernel.rowBlock(Precision.F64);
        workers.forEach(blocks(m, block), t ->
                kernel.multiplyRows(a, packed, c, k, n, t * block, Math.min(m, (t + 1) * block)));
    }

    /**
     * {@code c = a @ b} with a and b stored as bfloat16 bits ({@link LowPrecision#bfloat16Bits}),
     * by a kernel that widens them as it packs them.
     *
     * @throws UnsupportedOperationException if this kernel cannot read 16-bit storage
     */
    public void multiply(short[] a, short[] b, float[] c, int m, int k, int n) {
        if (!(kernel instanceof Bfloat16MatMul sixteen)) {
            throw new UnsupportedOperationException(kernel.name() + " does not read bfloat16 storage");
        }
        float[] packed = packedFloats(k, n);
        workers.forEach(blocks(k, Tuning.PACK_ROWS), t ->
                sixteen.pack(b, k, n, packed, t * Tuning.PACK_ROWS, Math.min(k, (t + 1) * Tuning.PACK_ROWS)));
        int block = kernel.rowBlock(Precision.F32);
        workers.forEach(blocks(m, block), t ->
                sixteen.multiplyRows(a, packed, c, k, n, t * block, Math.min(m, (t + 1) * block)));
    }

    /** The kept buffer for a packed float b of k x n, grown when too small. */
    private float[] packedFloats(int k, int n) {
        int length = kernel.packedLength(Precision.F32, k, n);
        if (packedFloats.length < length) {
            packedFloats = new float[length];
        }
        return packedFloats;
    }

    /** The kept buffer for a packed double b of k x n, grown when too small. */
    private double[] packedDoubles(int k, int n) {
        int length = kernel.packedLength(Precision.F64, k, n);
        if (packedDoubles.length < length) {
            packedDoubles = new double[length];
        }
        return packedDoubles;
    }

    /** {@code kernel.pack} with the rows of b split over the workers (it was a serial 5% of a product). */
    public static void pack(MatMul kernel, Workers workers, float[] b, int k, int n, float[] packed) {
        workers.forEach(blocks(k, Tuning.PACK_ROWS), t ->
                kernel.pack(b, k, n, packed, t * Tuning.PACK_ROWS, Math.min(k, (t + 1) * Tuning.PACK_ROWS)));
    }

    public static void pack(MatMul kernel, Workers workers, double[] b, int k, int n, double[] packed) {
        workers.forEach(blocks(k, Tuning.PACK_ROWS), t ->
                kernel.pack(b, k, n, packed, t * Tuning.PACK_ROWS, Math.min(k, (t + 1) * Tuning.PACK_ROWS)));
    }

    static int blocks(int rows, int block) {
        return (rows + block - 1) / block;
    }
}
