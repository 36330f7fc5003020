package actbench.bench;

import actbench.concurrent.Workers;
import actbench.kernel.Kernels;
import actbench.kernel.LowPrecision;
import actbench.kernel.ParallelMatMul;
import actbench.matrix.Shape;
import java.util.SplittableRandom;

/**
 * One of our kernels' products {@code C = A @ B} on {@link Operands}, split over its own workers as
 * a layer's product is: what {@link MatMulBench} times, and {@link PairedBench} beside OpenBLAS.
 * Packing B is part of every product, as it is of a real GEMM whose B changes each call.
 */
final class KernelProduct implements AutoCloseable {

    private final int m;
    private final int k;
    private final int n;
    private final Operands x;
    /** A and B as bfloat16 bits, for precision bf16 (widened while packed, float products); else null. */
    private final short[] a16;
    private final short[] b16;
    private final Workers workers;
    private final ParallelMatMul gemm;

    /** {@code precision}: f32, f64, or bf16 (the f32 operands stored as bfloat16 bits). */
    KernelProduct(String kernel, String precision, Shape shape, int threads, SplittableRandom random) {
        m = shape.m();
        k = shape.k();
        n = shape.n();
        x = Operands.draw(!precision.equals("f64"), m, k, n, random);
        boolean bf16 = precision.equals("bf16");
        a16 = bf16 ? bits(x.af) : null;
        b16 = bf16 ? bits(x.bf) : null;
        workers = new Workers(threads);
        gemm = new ParallelMatMul(Kernels.matMul(kernel), workers);
    }

    /** Each value's bfloat16 bits. */
    private static short[] bits(float[] values) {
        short[] bits = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = LowPrecision.bfloat16Bits(values[i]);
        }
        return bits;
    }

    /** Computes C again; returns it so the work is not dead code. */
    Object multiply() {
        if (a16 != null) {
            gemm.multiply(a16, b16, x.cf, m, k, n);
            return x.cf;
        }
        if (x.f32()) {
            gemm.multiply(x.af, x.bf, x.cf, m, k, n);
            return x.cf;
        }
        gemm.multiply(x.ad, x.bd, x.cd, m, k, n);
        return x.cd;
    }

    @Override
    public void close() {
        workers.close();
    }
}
