package actbench.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.concurrent.Workers;
import actbench.matrix.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kernel against a double-precision reference on many shapes, including sizes that are not
 * multiples of any vector length. The tolerance is the classic bound for a dot product of length
 * k: (k + 2) * unit roundoff * sum |a_ip * b_pj|, so it grows with k and with the magnitudes.
 * CI runs this class again at each forced vector width and with narrower hardware flags.
 */
class MatMulKernelTest {

    private static final int[] SMALL = {0, 1, 2, 7, 15, 16, 17, 31, 33};

    static Stream<Arguments> cases() {
        List<int[]> shapes = new ArrayList<>();
        for (int m : SMALL) {
            for (int k : SMALL) {
                for (int n : SMALL) {
                    shapes.add(new int[] {m, k, n});
                }
            }
        }
        shapes.add(new int[] {499, 500, 501});
        shapes.add(new int[] {64, 500, 500});
        shapes.add(new int[] {37, 499, 500});
        shapes.add(new int[] {3, 501, 499});
        shapes.add(new int[] {13, 1100, 37}); // several k blocks at every vector width
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20; i++) {
            shapes.add(new int[] {random.nextInt(1, 90), random.nextInt(1, 300), random.nextInt(1, 300)});
        }
        List<Arguments> cases = new ArrayList<>();
        for (String kernel : Kernels.names()) {
            if (kernel.equals("naive")) {
                continue; // the reference's own loop order; tested on its own below
            }
            for (int[] s : shapes) {
                cases.add(Arguments.of(kernel, s[0], s[1], s[2]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2}x{3}")
    @MethodSource("cases")
    void floatMatchesTheReference(String kernel, int m, int k, int n) {
        SplittableRandom random = new SplittableRandom(m * 1_000_003L + k * 1009L + n);
        float[] a = floats(random, m * k);
        float[] b = floats(random, k * n);
        float[] c = filledWithGarbage(m * n);
        Kernels.matMul(kernel).multiply(a, b, c, m, k, n);
        ProductBound.assertWithinBound(ProductBound.widen(a), ProductBound.widen(b), ProductBound.widen(c), m, k, n, 0x1p-24);
    }

    @ParameterizedTest(name = "{0} {1}x{2}x{3}")
    @MethodSource("cases")
    void doubleMatchesTheReference(String kernel, int m, int k, int n) {
        SplittableRandom random = new SplittableRandom(m * 1_000_003L + k * 1009L + n);
        double[] a = random.doubles(m * k, -2, 2).toArray();
        double[] b = random.doubles(k * n, -2, 2).toArray();
        double[] c = random.doubles(m * n, 1e6, 1e7).toArray(); // must be overwritten
        Kernels.matMul(kernel).multiply(a, b, c, m, k, n);
        ProductBound.assertWithinBound(a, b, c, m, k, n, 0x1p-53);
    }

    @Test
    void naiveIsExactOnSmallIntegers() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {7, 8, 9, 10, 11, 12};
        double[] c = new double[4];
        new NaiveMatMul().multiply(a, b, c, 2, 3, 2);
        assertThat(c).containsExactly(58, 64, 139, 154);
        float[] cf = new float[4];
        new NaiveMatMul().multiply(new float[] {1, 2, 3, 4, 5, 6}, new float[] {7, 8, 9, 10, 11, 12},
                cf, 2, 3, 2);
        assertThat(cf).containsExactly(58, 64, 139, 154);
    }

    @Test
    void aRangeOfRowsLeavesTheOtherRowsAlone() {
        for (String kernel : Kernels.names()) {
            double[] a = new SplittableRandom(5).doubles(6 * 9, -1, 1).toArray();
            double[] b = new SplittableRandom(6).doubles(9 * 19, -1, 1).toArray();
            double[] c = new double[6 * 19];
            java.util.Arrays.fill(c, 42);
            MatMul matMul = Kernels.matMul(kernel);
            double[] packed = new double[matMul.packedLength(Precision.F64, 9, 19)];
            matMul.pack(b, 9, 19, packed);
            matMul.multiplyRows(a, packed, c, 9, 19, 2, 4);
            double[] product = new double[6 * 19];
            new NaiveMatMul().multiply(a, b, product, 6, 9, 19);
            for (int i = 0; i < 6; i++) {
                boolean computed = i >= 2 && i < 4;
                for (int j = 0; j < 19; j++) { // every column: the edge panel too
                    double expected = computed ? product[i * 19 + j] : 42;
                    assertThat(c[i * 19 + j]).as("%s row %d column %d", kernel, i, j)
                            .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kernelNames")
    void parallelProductsAreBitIdenticalForAnyThreadCount(String kernel) {
        int m = 203;
        int k = 97;
        int n = 131;
        SplittableRandom random = new SplittableRandom(8);
        float[] a = floats(random, m * k);
        float[] b = floats(random, k * n);
        double[] ad = random.doubles(m * k, -1, 1).toArray();
        double[] bd = random.doubles(k * n, -1, 1).toArray();
        float[] one = new float[m * n];
        double[] oneD = new double[m * n];
        try (Workers workers = new Workers(1)) {
            ParallelMatMul parallel = new ParallelMatMul(Kernels.matMul(kernel), workers);
            parallel.multiply(a, b, one, m, k, n);
            parallel.multiply(ad, bd, oneD, m, k, n);
        }
        for (int threads : new int[] {2, 3}) {
            float[] c = new float[m * n];
            double[] cd = new double[m * n];
            try (Workers workers = new Workers(threads)) {
                ParallelMatMul parallel = new ParallelMatMul(Kernels.matMul(kernel), workers);
                parallel.multiply(a, b, c, m, k, n);
                parallel.multiply(ad, bd, cd, m, k, n);
            }
            assertThat(c).as("%s, %d threads", kernel, threads).containsExactly(one);
            assertThat(cd).as("%s, %d threads", kernel, threads).containsExactly(oneD);
        }
    }

    @ParameterizedTest
    @MethodSource("kernelNames")
    void packingInPiecesEqualsPackingWhole(String name) {
        MatMul kernel = Kernels.select(name).matMul();
        int k = 77;
        int n = 45;
        double[] b = new SplittableRandom(k).doubles(k * n).toArray();
        float[] bf = new float[b.length];
        for (int i = 0; i < b.length; i++) {
            bf[i] = (float) b[i];
        }
        double[] whole = new double[kernel.packedLength(Precision.F64, k, n)];
        float[] wholeF = new float[kernel.packedLength(Precision.F32, k, n)];
        kernel.pack(b, k, n, whole);
        kernel.pack(bf, k, n, wholeF);
        double[] pieces = new double[whole.length];
        float[] piecesF = new float[wholeF.length];
        for (int from = 0; from < k; from += 10) {
            kernel.pack(b, k, n, pieces, from, Math.min(k, from + 10));
            kernel.pack(bf, k, n, piecesF, from, Math.min(k, from + 10));
        }
        assertThat(pieces).containsExactly(whole);
        assertThat(piecesF).containsExactly(wholeF);
    }

    static Stream<String> kernelNames() {
        return Kernels.names().stream();
    }

    private static float[] floats(SplittableRandom random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextDouble(-2, 2);
        }
        return values;
    }

    private static float[] filledWithGarbage(int count) {
        float[] values = new float[count];
        java.util.Arrays.fill(values, Float.NaN);
        return values;
    }
}
