package actbench.bench.peers;

import actbench.bench.Operands;
import actbench.concurrent.Workers;
import actbench.harness.Peers;
import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.SplittableRandom;

/**
 * {@code sgemm}/{@code dgemm} from dev.ludovic.netlib: its pure-Java BLAS (the Vector API
 * implementation Apache Spark uses, on JDK 16+), or native OpenBLAS through its JNI bridge.
 *
 * <p>BLAS is column-major and our matrices are row-major: a row-major {@code X} read as
 * column-major is {@code X^T}, so {@code C = A B} is computed as {@code C^T = B^T A^T}, with no
 * copies. Native OpenBLAS threads itself ({@code OPENBLAS_NUM_THREADS}, set by bench for the
 * fork); the Java BLAS is single-threaded, so on several threads each worker multiplies a band of
 * rows, as actbench's own kernels split their work.
 */
final class BlasProduct implements PeerProduct {

    private final BLAS blas;
    private final int m;
    private final int k;
    private final int n;
    private final Workers workers;
    private final Operands x;

    BlasProduct(BLAS blas, boolean f32, int m, int k, int n, int threads, SplittableRandom random) {
        this.blas = blas;
        this.m = m;
        this.k = k;
        this.n = n;
        boolean split = threads > 1 && !(blas instanceof NativeBLAS);
        workers = split ? new Workers(threads) : null;
        x = Operands.draw(f32, m, k, n, random);
    }

    static BLAS javaBlas() {
        return JavaBLAS.getInstance();
    }

    static BLAS nativeBlas() {
        if (System.getProperty("dev.ludovic.netlib.blas.nativeLib") == null) {
            // OpenBLAS itself, not whatever libblas.so.3 points to
            System.setProperty("dev.ludovic.netlib.blas.nativeLib", Peers.NATIVE_LIBRARY);
        }
        return NativeBLAS.getInstance();
    }

    @Override
    public double element(int row, int column) {
        return x.f32() ? x.cf[row * n + column] : x.cd[row * n + column];
    }

    @Override
    public Object multiply() {
        if (workers == null) {
            rows(0, m);
        } else {
            int band = (m + workers.threads() - 1) / workers.threads();
            workers.forEach(workers.threads(), t -> rows(t * band, Math.min(m, (t + 1) * band)));
        }
        return x.f32() ? x.cf : x.cd;
    }

    /** Rows [from, to) of C: columns of C^T, starting at offset from * n (C) and from * k (A). */
    private void rows(int from, int to) {
        if (to <= from) {
            return;
        }
        if (x.f32()) {
            blas.sgemm("N", "N", n, to - from, k, 1f, x.bf, 0, n, x.af, from * k, k, 0f, x.cf, from * n, n);
        } else {
            blas.dgemm("N", "N", n, to - from, k, 1.0, x.bd, 0, n, x.ad, from * k, k, 0.0, x.cd, from * n, n);
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }
}
