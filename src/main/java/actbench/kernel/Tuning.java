package actbench.kernel;

/**
 * Every tuning constant of the matrix products, and the rules that derive the rest, in one place.
 * The vector micro-kernels' shapes (MR x NR per register file) come from the generator
 * ({@code gen_microkernels.py}), which writes the kernels for them; everything else is here.
 * None of these changes a result: blocking sums each element of C over k in the same order, and
 * row blocks only cut the work (the scalar kernels' 32 and the packed kernel's 40 rows are each
 * fixed whatever the thread count).
 */
public final class Tuning {

    /** The L1 data cache planned for: 32 KB, as on Zen 3 and Zen 5. */
    public static final int L1_BYTES = 32 << 10;
    /** The share of L1 a k block may fill (a panel slice and a tile slice); the rest is C's tile and the stack. */
    static final double L1_SHARE = 0.75;
    /**
     * Rows per task of the packed kernel: 40, a multiple of every MR it uses (4, 8, 10), so tasks
     * balance on a few cores and a layer is cut into the same tasks, its statistics merged in the
     * same order, whatever the vector width.
     */
    public static final int PACKED_TARGET_ROWS = 40;
    /** Rows per task of the scalar kernels. */
    public static final int SCALAR_ROW_BLOCK = 32;
    /** Rows of b per packing task: packing is copying, so tasks need only be large enough to amortize. */
    public static final int PACK_ROWS = 64;
    /** The blocked scalar kernel's block of B: 64 x 256 (128 KB in double, fits L2). */
    public static final int BLOCKED_K = 64;
    public static final int BLOCKED_N = 256;

    private Tuning() {
    }

    /**
     * Depth of a k block: the largest power of two {@code kc} with {@code kc * valuesPerK * bytes}
     * within {@link #L1_SHARE} of L1, {@code valuesPerK} being a panel's width plus a tile's rows.
     */
    public static int kc(int valuesPerK, int bytes) {
        long budget = (long) (L1_BYTES * L1_SHARE);
        int kc = 1;
        while (2L * kc * valuesPerK * bytes <= budget) {
            kc *= 2;
        }
        return kc;
    }

    /** The packed kernel's rows per task for tiles of {@code mr} rows: a multiple of mr near 40. */
    public static int packedRowBlock(int mr) {
        return mr * Math.max(1, Math.round((float) PACKED_TARGET_ROWS / mr));
    }
}
