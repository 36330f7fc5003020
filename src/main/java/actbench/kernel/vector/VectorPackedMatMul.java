package actbench.kernel.vector;

import actbench.kernel.MatMul;
import actbench.matrix.Precision;
import jdk.incubator.vector.VectorSpecies;

/**
 * The BLIS/GotoBLAS technique on the Vector API. B is packed once per product into panels
 * {@code NR} vectors wide ({@code [panel][k][NR * lanes]}, zero-padded); the caller's rows of A
 * are packed into tiles of MR rows ({@code [tile][k][MR]}, zero-padded), so the inner loop reads
 * both sequentially. Broadcasting straight from row-major A (MR strided streams) ran at less than
 * half the speed on an AVX2 Zen 3 with JDK 17. An {@code MR x NR} block of C lives in
 * registers for the whole k loop. MR x NR is chosen for the register file: with 512-bit vectors
 * (32 registers) 10 x 2 float or 8 x 3 double accumulators, otherwise (16 registers) 4 x 2, which
 * cannot spill however C2 schedules it (gen_microkernels.py says what the other shapes compiled
 * to); each is enough independent FMAs to hide their latency on two pipes. Loop order:
 * panels, then tiles, so a panel (k x NR vectors) stays in L1 across the tiles of the row block
 * and the packed A block stays in L2. Edge tiles are computed into a small tile and copied out.
 * k runs in blocks of 256 so that a panel's slice and a tile's slice fit a 32 KB L1 together; the
 * accumulators are stored and reloaded between blocks, exactly, so blocking does not change a bit.
 * (On this 32 KB-L1 machine the gain at k = 500 was within the noise; it matters for k >= 1000.)
 */
public final class VectorPackedMatMul implements MatMul {

    private static final VectorSpecies<Float> F = Species.FLOATS;
    private static final VectorSpecies<Double> D = Species.DOUBLES;
    /** 512-bit vectors come with 32 registers (AVX-512); narrower ones with 16. */
    private static final boolean WIDE = F.vectorBitSize() >= 512;
    /** MR x NR come from the generator (gen_microkernels.py), which writes the kernels for them. */
    static final int FLOAT_MR = WIDE ? MicroKernels.FLOAT_MR_WIDE : MicroKernels.FLOAT_MR_NARROW;
    static final int FLOAT_PANEL = (WIDE ? MicroKernels.FLOAT_NR_WIDE : MicroKernels.FLOAT_NR_NARROW) * F.length();
    static final int DOUBLE_MR = WIDE ? MicroKernels.DOUBLE_MR_WIDE : MicroKernels.DOUBLE_MR_NARROW;
    static final int DOUBLE_PANEL = (WIDE ? MicroKernels.DOUBLE_NR_WIDE : MicroKernels.DOUBLE_NR_NARROW) * D.length();
    /** Each thread's packed copy of the A rows it works on, kept between calls. */
    private static final ThreadLocal<float[]> FLOAT_A = ThreadLocal.withInitial(() -> new float[0]);
    private static final ThreadLocal<double[]> DOUBLE_A = ThreadLocal.withInitial(() -> new double[0]);
    /**
     * Depth of a k block: a panel slice (KC x 2 vectors) plus an A tile slice (KC x MR) stay below
     * a 32 KB L1 (16 + 4 KB in float, 16 + 8 KB in double on 256-bit vectors).
     */
    static final int FLOAT_KC = 256;
    static final int DOUBLE_KC = 256;
    /**
     * Rows per task: 40, a multiple of every MR here (4, 8, 10), so tasks balance on a few cores
     * and a layer is cut into the same tasks, its statistics merged in the same order, whatever
     * the vector width.
     */
    private static final int TARGET_ROWS = 40;

    @Override
    public String name() {
        return "vector-packed";
    }

    @Override
    public int packedLength(Precision precision, int k, int n) {
        int panel = precision == Precision.F32 ? FLOAT_PANEL : DOUBLE_PANEL;
        return panels(n, panel) * k * panel;
    }

    @Override
    public int rowBlock(Precision precision) {
        int mr = precision == Precision.F32 ? FLOAT_MR : DOUBLE_MR;
        return mr * Math.max(1, Math.round((float) TARGET_ROWS / mr));
    }

    private static int panels(int n, int panel) {
        return (n + panel - 1) / panel;
    }

    @Override
    public void pack(float[] b, int k, int n, float[] packed, int from, int to) {
        int w = FLOAT_PANEL;
        for (int jp = 0, panels = panels(n, w); jp < panels; jp++) {
            int j0 = jp * w;
            int valid = Math.min(w, n - j0);
            for (int p = from; p < to; p++) {
                int at = (jp * k + p) * w;
                System.arraycopy(b, p * n + j0, packed, at, valid);
                java.util.Arrays.fill(packed, at + valid, at + w, 0f);
            }
        }
    }

    @Override
    public void pack(double[] b, int k, int n, double[] packed, int from, int to) {
        int w = DOUBLE_PANEL;
        for (int jp = 0, panels = panels(n, w); jp < panels; jp++) {
            int j0 = jp * w;
            int valid = Math.min(w, n - j0);
            for (int p = from; p < to; p++) {
                int at = (jp * k + p) * w;
                System.arraycopy(b, p * n + j0, packed, at, valid);
                java.util.Arrays.fill(packed, at + valid, at + w, 0d);
            }
        }
    }

    @Override
    public void multiplyRows(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
        int mr = FLOAT_MR;
        int w = FLOAT_PANEL;
        int tiles = (rowTo - rowFrom + mr - 1) / mr;
        float[] packedA = FLOAT_A.get();
        if (packedA.length < tiles * mr * k) {
            packedA = new float[tiles * mr * k];
            FLOAT_A.set(packedA);
        }
        for (int t = 0; t < tiles; t++) {
            int i0 = rowFrom + t * mr;
            for (int r = 0; r < mr; r++) {
                int to = t * mr * k + r;
                if (i0 + r < rowTo) {
                    for (int p = 0, from = (i0 + r) * k; p < k; p++) {
                        packedA[to + p * mr] = a[from + p];
                    }
                } else {
                    for (int p = 0; p < k; p++) {
                        packedA[to + p * mr] = 0f;
                    }
                }
            }
        }
        float[] tile = new float[mr * w];
        // Blocks of k keep a panel's slice (FLOAT_KC x panel) and an A tile's slice in L1 together.
        for (int p0 = 0; p0 < k || p0 == 0; p0 += FLOAT_KC) {
            int kc = Math.min(FLOAT_KC, k - p0);
            boolean add = p0 > 0;
            for (int jp = 0, panels = panels(n, w); jp < panels; jp++) {
                int j0 = jp * w;
                int cols = Math.min(w, n - j0);
                int bOff = jp * k * w + p0 * w;
                for (int t = 0; t < tiles; t++) {
                    int i0 = rowFrom + t * mr;
                    int rows = Math.min(mr, rowTo - i0);
                    int aOff = t * mr * k + p0 * mr;
                    if (rows == mr && cols == w) {
                        tileF(packedA, aOff, kc, b, bOff, c, i0 * n + j0, n, add);
                        continue;
                    }
                    for (int r = 0; add && r < rows; r++) {
                        System.arraycopy(c, (i0 + r) * n + j0, tile, r * w, cols);
                    }
                    tileF(packedA, aOff, kc, b, bOff, tile, 0, w, add);
                    for (int r = 0; r < rows; r++) {
                        System.arraycopy(tile, r * w, c, (i0 + r) * n + j0, cols);
                    }
                }
            }
        }
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int k, int n, int rowFrom, int rowTo) {
        int mr = DOUBLE_MR;
        int w = DOUBLE_PANEL;
        int tiles = (rowTo - rowFrom + mr - 1) / mr;
        double[] packedA = DOUBLE_A.get();
        if (packedA.length < tiles * mr * k) {
            packedA = new double[tiles * mr * k];
            DOUBLE_A.set(packedA);
        }
        for (int t = 0; t < tiles; t++) {
            int i0 = rowFrom + t * mr;
            for (int r = 0; r < mr; r++) {
                int to = t * mr * k + r;
                if (i0 + r < rowTo) {
                    for (int p = 0, from = (i0 + r) * k; p < k; p++) {
                        packedA[to + p * mr] = a[from + p];
                    }
                } else {
                    for (int p = 0; p < k; p++) {
                        packedA[to + p * mr] = 0d;
                    }
                }
            }
        }
        double[] tile = new double[mr * w];
        // Blocks of k keep a panel's slice (DOUBLE_KC x panel) and an A tile's slice in L1 together.
        for (int p0 = 0; p0 < k || p0 == 0; p0 += DOUBLE_KC) {
            int kc = Math.min(DOUBLE_KC, k - p0);
            boolean add = p0 > 0;
            for (int jp = 0, panels = panels(n, w); jp < panels; jp++) {
                int j0 = jp * w;
                int cols = Math.min(w, n - j0);
                int bOff = jp * k * w + p0 * w;
                for (int t = 0; t < tiles; t++) {
                    int i0 = rowFrom + t * mr;
                    int rows = Math.min(mr, rowTo - i0);
                    int aOff = t * mr * k + p0 * mr;
                    if (rows == mr && cols == w) {
                        tileD(packedA, aOff, kc, b, bOff, c, i0 * n + j0, n, add);
                        continue;
                    }
                    for (int r = 0; add && r < rows; r++) {
                        System.arraycopy(c, (i0 + r) * n + j0, tile, r * w, cols);
                    }
                    tileD(packedA, aOff, kc, b, bOff, tile, 0, w, add);
                    for (int r = 0; r < rows; r++) {
                        System.arraycopy(tile, r * w, c, (i0 + r) * n + j0, cols);
                    }
                }
            }
        }
    }

    private static void tileF(float[] a, int aOff, int k, float[] b, int bOff, float[] c, int cOff, int ldc,
                              boolean add) {
        if (WIDE) {
            MicroKernels.f10x2(a, aOff, k, b, bOff, c, cOff, ldc, add);
        } else {
            MicroKernels.f4x2(a, aOff, k, b, bOff, c, cOff, ldc, add);
        }
    }

    private static void tileD(double[] a, int aOff, int k, double[] b, int bOff, double[] c, int cOff, int ldc,
                              boolean add) {
        if (WIDE) {
            MicroKernels.d8x3(a, aOff, k, b, bOff, c, cOff, ldc, add);
        } else {
            MicroKernels.d4x2(a, aOff, k, b, bOff, c, cOff, ldc, add);
        }
    }
}
