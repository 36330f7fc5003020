package actbench.kernel.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated micro-kernel, whatever width this machine would pick: the 512-bit shapes (10 x 2
 * float, 8 x 3 double) run here on 256- or 128-bit vectors too. Each element of C is one FMA chain
 * over the block [from, to) of k, from zero or from C's value, so the reference (Math.fma in the
 * same order) must match bit for bit; blocks that start past 0 check both streams' offsets.
 */
class MicroKernelsTest {

    interface FloatKernel {
        void run(float[] a, int from, int to, float[] b, int bOff, float[] c, int cOff, int ldc, boolean add);
    }

    interface DoubleKernel {
        void run(double[] a, int from, int to, double[] b, int bOff, double[] c, int cOff, int ldc, boolean add);
    }

    static Stream<Arguments> floatKernels() {
        return cases(List.of(
                Arguments.of("f10x2", 10, 2, (FloatKernel) MicroKernels::f10x2),
                Arguments.of("f4x2", 4, 2, (FloatKernel) MicroKernels::f4x2)));
    }

    static Stream<Arguments> doubleKernels() {
        return cases(List.of(
                Arguments.of("d8x3", 8, 3, (DoubleKernel) MicroKernels::d8x3),
                Arguments.of("d4x2", 4, 2, (DoubleKernel) MicroKernels::d4x2)));
    }

    private static Stream<Arguments> cases(List<Arguments> kernels) {
        List<Arguments> cases = new ArrayList<>();
        for (Arguments kernel : kernels) {
            for (int k : new int[] {0, 1, 7, 256, 301}) {
                for (int from : new int[] {0, 5}) {
                    for (boolean add : new boolean[] {false, true}) {
                        Object[] a = kernel.get();
                        cases.add(Arguments.of(a[0], a[1], a[2], a[3], from, from + k, add));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} k=[{4}, {5}) add={6}")
    @MethodSource("floatKernels")
    void floatKernelIsAnFmaChainPerElement(String name, int mr, int nr, FloatKernel kernel, int from, int to,
            boolean add) {
        int lanes = Species.FLOATS.length();
        int w = nr * lanes;
        SplittableRandom random = new SplittableRandom(mr * 31L + to * 7L + from);
        int bOff = 5;
        int cOff = 2;
        int ldc = w + 3; // C wider than the tile: the kernel must only touch its block
        float[] a = new float[(to + 3) * mr]; // the tile goes on past the block
        float[] b = new float[bOff + (to + 3) * w];
        float[] c = new float[cOff + mr * ldc + 4];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = (float) random.nextDouble(-1, 1);
        }
        float[] expected = c.clone();
        for (int r = 0; r < mr; r++) {
            for (int j = 0; j < w; j++) {
                int at = cOff + r * ldc + j;
                float sum = add ? expected[at] : 0f;
                for (int p = from; p < to; p++) {
                    sum = Math.fma(b[bOff + p * w + j], a[p * mr + r], sum);
                }
                expected[at] = sum;
            }
        }
        kernel.run(a, from, to, b, bOff, c, cOff, ldc, add);
        assertThat(c).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} k=[{4}, {5}) add={6}")
    @MethodSource("doubleKernels")
    void doubleKernelIsAnFmaChainPerElement(String name, int mr, int nr, DoubleKernel kernel, int from, int to,
            boolean add) {
        int lanes = Species.DOUBLES.length();
        int w = nr * lanes;
        SplittableRandom random = new SplittableRandom(mr * 31L + to * 7L + from);
        int bOff = 5;
        int cOff = 2;
        int ldc = w + 3;
        double[] a = random.doubles((to + 3) * mr, -1, 1).toArray();
        double[] b = random.doubles(bOff + (to + 3) * w, -1, 1).toArray();
        double[] c = random.doubles(cOff + mr * ldc + 4, -1, 1).toArray();
        double[] expected = c.clone();
        for (int r = 0; r < mr; r++) {
            for (int j = 0; j < w; j++) {
                int at = cOff + r * ldc + j;
                double sum = add ? expected[at] : 0;
                for (int p = from; p < to; p++) {
                    sum = Math.fma(b[bOff + p * w + j], a[p * mr + r], sum);
                }
                expected[at] = sum;
            }
        }
        kernel.run(a, from, to, b, bOff, c, cOff, ldc, add);
        assertThat(c).containsExactly(expected);
    }
}
