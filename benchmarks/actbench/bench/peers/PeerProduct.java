package actbench.bench.peers;

import java.util.SplittableRandom;

/**
 * A library's product {@code C[m x n] = A[m x k] @ B[k x n]} on operands it set up once in its own
 * layout: a rung of the kernel ladder that is not ours. A user who would rather call a library
 * than write kernels compares these rows with actbench's.
 */
public interface PeerProduct extends AutoCloseable {

    /** Computes C again; returns it so the work is not dead code. */
    Object multiply();

    /** C's element at (row, column) after {@link #multiply()}, for tests. */
    double element(int row, int column);

    @Override
    default void close() {
    }

    /**
     * The product of {@code peer} ({@code ejml}, {@code ojalgo}, {@code netlib-java},
     * {@code openblas-jni}) on uniform operands in [-1, 1): A's elements row by row, then B's, as
     * {@link actbench.bench.Operands} draws them from {@code random}, so every peer multiplies the
     * same matrices.
     */
    static PeerProduct create(String peer, boolean f32, int m, int k, int n, int threads, SplittableRandom random) {
        return switch (peer) {
            case "ejml" -> new EjmlProduct(f32, m, k, n, threads, random);
            case "ojalgo" -> new OjAlgoProduct(f32, m, k, n, threads, random);
            case "netlib-java" -> new BlasProduct(BlasProduct.javaBlas(), f32, m, k, n, threads, random);
            case "openblas-jni" -> new BlasProduct(BlasProduct.nativeBlas(), f32, m, k, n, threads, random);
            default -> throw new IllegalArgumentException("unknown peer " + peer);
        };
    }
}
