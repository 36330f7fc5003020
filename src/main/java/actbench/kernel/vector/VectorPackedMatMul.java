package actbench.kernel.vector;

import actbench.kernel.Bfloat16MatMul;
import actbench.kernel.Tuning;
import actbench.matrix.Precision;
import jdk.incubator.vector.VectorSpecies;

/**
 * The BLIS/GotoBLAS technique on the Vector API. B is packed once per product into panels
 * {@code NR} vectors wide ({@code [panel][k][NR * lanes]}, zero-padded, from an aligned start:
 * {@link Tuning#ALIGN_BYTES}); the caller's rows of A
 * are packed into tiles of MR rows, each its own array ({@code [k][MR]}, zero-padded), so the inner
 * loop reads both sequentially, from one index (gen_microkernels.py says why and what it gained).
 * Broadcasting straight from row-major A (MR strided streams) ran at less than half the speed on
 * an AVX2 Zen 3 with JDK 17. An {@code MR x NR} block of C lives in
 * registers for the whole k loop. MR x NR is chosen for the register file: with 512-bit vectors
 * (32 registers) 10 x 2 float or 8 x 3 double accumulators, otherwise (16 registers) 4 x 2, which
 * cannot spill however C2 schedules it (gen_microkernels.py says what the other shapes compiled
 * to); each is enough independent FMAs to hide their latency on two pipes. Loop order:
 * panels, then tiles, so a panel (k x NR vectors) stays in L1 across the tiles of the row block
 * and the packed A block stays in L2. Edge tiles are computed into a small tile and copied out.
 * k runs in blocks of KC (derived below) so that a panel's slice and a tile's slice fit L1 together;
 * the accumulators are stored and reloaded between blocks, exactly, so blocking does not change a
 * bit. (On a Zen 3 the gain at k = 500 was within the noise; it matters for k >= 1000.)
 */
public final class VectorPackedMatMul implements Bfloat16MatMul {

    private static final VectorSpecies<Float> F = Species.FLOATS;
    private static final VectorSpecies<Double> D = Species.DOUBLES;
    /** 512-bit vectors come with 32 registers (AVX-512); narrower ones with 16. */
    static final boolean WIDE = F.vectorBitSize() >= 512;
    /** MR x NR come from the generator (gen_microkernels.py), which writes the kernels for them. */
    static final int FLOAT_MR = WIDE ? MicroKernels.FLOAT_MR_WIDE : MicroKernels.FLOAT_MR_NARROW;
    static final int FLOAT_PANEL = (WIDE ? MicroKernels.FLOAT_NR_WIDE : MicroKernels.FLOAT_NR_NARROW) * F.length();
    static final int DOUBLE_MR = WIDE ? MicroKernels.DOUBLE_MR_WIDE : MicroKernels.DOUBLE_MR_NARROW;
    static final int DOUBLE_PANEL = (WIDE ? MicroKernels.DOUBLE_NR_WIDE : MicroKernels.DOUBLE_NR_NARROW) * D.length();
    /**
     * Depth of a k block, derived from the shape by {@link Tuning#kc}: 256 in both precisions on
     * 256-bit vectors (16 + 4 KB float, 16 + 8 KB double), 128 float and 64 double on 512-bit ones,
     * where a fixed 256 would have overflowed L1.
     */
    static final int FLOAT_KC = Tuning.kc(FLOAT_PANEL + FLOAT_MR, Float.BYTES);
    static final int DOUBLE_KC = Tuning.kc(DOUBLE_PANEL + DOUBLE_MR, Double.BYTES);
    /** Elements before the first panel of a packed B, so that its vector loads are aligned ({@link Tuning#lead}). */
    static final int FLOAT_LEAD = Tuning.lead(Float.BYTES);
    static final int DOUBLE_LEAD = Tuning.lead(Double.BYTES);

    @Override
    public String name() {
        return "vector-packed";
    }

    @Override
    public int packedLength(Precision precision, int k, int n) {
        boolean f32 = precision == Precision.F32;
        int panel = f32 ? FLOAT_PANEL : DOUBLE_PANEL;
        return (f32 ? FLOAT_LEAD : DOUBLE_LEAD) + panels(n, panel) * k * panel;
    }

    @Override
    public int rowBlock(Precision precision) {
        return Tuning.packedRowBlock(precision == Precision.F32 ? FLOAT_MR : DOUBLE_MR);
    }

    static int panels(int n, int panel) {
        return (n + panel - 1) / panel;
    }

    // The float and double loops are generated (gen_microkernels.py drivers): they differ only in types.

    @Override
    public void pack(float[] b, int k, int n, float[] packed, int from, int to) {
        PackedDrivers.pack(b, k, n, packed, from, to);
    }

    @Override
    public void pack(double[] b, int k, int n, double[] packed, int from, int to) {
        PackedDrivers.pack(b, k, n, packed, from, to);
    }

    @Override
    public void multiplyRows(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
        PackedDrivers.multiplyRows(a, b, c, k, n, rowFrom, rowTo);
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int k, int n, int rowFrom, int rowTo) {
        PackedDrivers.multiplyRows(a, b, c, k, n, rowFrom, rowTo);
    }

    @Override
    public void pack(short[] b, int k, int n, float[] packed, int from, int to) {
        PackedDrivers.pack(b, k, n, packed, from, to);
    }

    @Override
    public void multiplyRows(short[] a, float[] packedB, float[] c, int k, int n, int rowFrom, int rowTo) {
        PackedDrivers.multiplyRows(a, packedB, c, k, n, rowFrom, rowTo);
    }
}
