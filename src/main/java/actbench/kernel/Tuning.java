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
    /**
     * Rows of b per packing task: packing is copying, so tasks need only be large enough to amortize.
     * Small enough that a layer's packing is 32 calls at width 500: without on-stack replacement
     * (run.sh's stats) C2 compiles pack after some 30 calls, which 64-row tasks took four layers
     * to make, the f64 lecture job packing its first layers 10-50 times slower.
     */
    public static final int PACK_ROWS = 16;
    /** The blocked scalar kernel's block of B: 64 x 256 (128 KB in double, fits L2). */
    public static final int BLOCKED_K = 64;
    public static final int BLOCKED_N = 256;

    /**
     * The boundary a packed B's vectors start on: 32 bytes, a 256-bit load. A load that is not
     * aligned to its width crosses a 64-byte cache line every other time and is split in two.
     * HotSpot aligns objects to 8 bytes unless told otherwise, so a packed B's start moved with each
     * allocation and each collection, and with it the speed: interleaved in one JVM, the same
     * product ran 3-5% faster from an aligned B than from one 16 bytes off (Zen 3, f32 and f64);
     * JMH forks alternating with and without the alignment: 5-9% shorter median products (the
     * README's kernel section has the figures).
     * {@code run.sh} (and the bench's forks, which inherit its flags) therefore aligns objects to
     * 32 bytes ({@code -XX:ObjectAlignmentInBytes=32}), and the panels start {@link #lead} elements
     * into the array. Elsewhere the lead costs 16 bytes and changes nothing else.
     */
    public static final int ALIGN_BYTES = 32;
    /** Where HotSpot puts an array's first element: after the object header and the length (16 bytes with compressed class pointers, the default on JDK 17 to 25). */
    static final int ARRAY_BASE_BYTES = 16;

    private Tuning() {
    }

    /** Elements of {@code bytes} each before a packed B's first panel, so that the panel starts on {@link #ALIGN_BYTES}. */
    public static int lead(int bytes) {
        return (ALIGN_BYTES - ARRAY_BASE_BYTES) / bytes;
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
