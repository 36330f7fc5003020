package actbench.bench;

import static org.assertj.core.api.Assumptions.assumeThat;

import actbench.bench.peers.PeerProduct;
import actbench.harness.Peers;
import actbench.kernel.ProductBound;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every peer library computes the product bench times, on the operands bench gives it: row-major
 * calls into column-major BLAS (by C^T = B^T A^T) and the row bands of the threaded Java BLAS
 * included. Native OpenBLAS is skipped where it is not installed (CI installs it).
 */
class PeerProductTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        int[][] shapes = {{1, 1, 1}, {7, 5, 3}, {33, 17, 9}, {64, 100, 50}, {101, 37, 129}};
        for (String peer : Peers.all()) {
            for (boolean f32 : new boolean[] {true, false}) {
                for (int threads : new int[] {1, 2}) {
                    for (int[] s : shapes) {
                        cases.add(Arguments.of(peer, f32 ? "f32" : "f64", threads, s[0], s[1], s[2]));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} thread(s) {3}x{4}x{5}")
    @MethodSource("cases")
    void computesTheProductOfTheOperandsBenchDraws(String peer, String precision, int threads, int m, int k, int n) {
        assumeThat(Peers.unavailable()).as("peer unavailable here").doesNotContainKey(peer);
        boolean f32 = precision.equals("f32");
        long seed = m * 1_000_003L + k * 1009L + n;
        double[] a;
        double[] b;
        SplittableRandom draws = new SplittableRandom(seed);
        if (f32) {
            a = ProductBound.widen(Operands.floats(draws, m * k));
            b = ProductBound.widen(Operands.floats(draws, k * n));
        } else {
            a = Operands.doubles(draws, m * k);
            b = Operands.doubles(draws, k * n);
        }
        try (PeerProduct product = PeerProduct.create(peer, f32, m, k, n, threads, new SplittableRandom(seed))) {
            product.multiply();
            double[] c = new double[m * n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    c[i * n + j] = product.element(i, j);
                }
            }
            ProductBound.assertWithinBound(a, b, c, m, k, n, f32 ? 0x1p-24 : 0x1p-53);
        }
    }
}
