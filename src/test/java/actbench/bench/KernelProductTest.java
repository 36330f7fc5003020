package actbench.bench;

import actbench.kernel.Kernels;
import actbench.kernel.ProductBound;
import actbench.matrix.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each of our kernels computes the product MatMulBench and PairedBench time, on the operands they draw. */
class KernelProductTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String kernel : Kernels.names()) {
            for (String precision : List.of("f32", "f64")) {
                for (int threads : new int[] {1, 2}) {
                    for (String shape : List.of("1x1x1", "33x17x9", "101x37x129")) {
                        cases.add(Arguments.of(kernel, precision, threads, shape));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} thread(s) {3}")
    @MethodSource("cases")
    void computesTheProductOfTheOperandsBenchDraws(String kernel, String precision, int threads, String text) {
        Shape shape = Shape.parse(text);
        int m = shape.m();
        int k = shape.k();
        int n = shape.n();
        boolean f32 = precision.equals("f32");
        SplittableRandom draws = new SplittableRandom(7);
        double[] a = f32 ? ProductBound.widen(Operands.floats(draws, m * k)) : Operands.doubles(draws, m * k);
        double[] b = f32 ? ProductBound.widen(Operands.floats(draws, k * n)) : Operands.doubles(draws, k * n);
        try (KernelProduct product = new KernelProduct(kernel, precision, shape, threads, new SplittableRandom(7))) {
            Object c = product.multiply();
            double[] widened = c instanceof float[] floats ? ProductBound.widen(floats) : (double[]) c;
            ProductBound.assertWithinBound(a, b, widened, m, k, n, f32 ? 0x1p-24 : 0x1p-53);
        }
    }
}
