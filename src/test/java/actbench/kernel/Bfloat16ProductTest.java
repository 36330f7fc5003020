package actbench.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import actbench.concurrent.Workers;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 16-bit storage product (bench's bf16 rung) is the float product of the widened operands,
 * bit for bit, on full and edge tiles and panels and several blocks of k, at every vector width
 * the kernel tests run at.
 */
class Bfloat16ProductTest {

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "3, 5, 7", "4, 16, 16", "13, 37, 29", "40, 100, 64", "41, 257, 33", "97, 520, 130",
        "8, 1100, 17"})
    void readsBfloat16BitsAsTheFloatsTheyHold(int m, int k, int n) {
        assumeTrue(Kernels.names().contains("vector-packed"), "vector kernels are off");
        SplittableRandom random = new SplittableRandom(m * 31L + k * 7L + n);
        short[] a16 = new short[m * k];
        short[] b16 = new short[k * n];
        float[] a = new float[m * k];
        float[] b = new float[k * n];
        for (int i = 0; i < a.length; i++) {
            a16[i] = LowPrecision.bfloat16Bits((float) random.nextGaussian());
            a[i] = Float.intBitsToFloat(a16[i] << 16);
        }
        for (int i = 0; i < b.length; i++) {
            b16[i] = LowPrecision.bfloat16Bits((float) (random.nextGaussian() * 0.05));
            b[i] = Float.intBitsToFloat(b16[i] << 16);
        }
        float[] fromBits = new float[m * n];
        float[] fromFloats = new float[m * n];
        try (Workers workers = new Workers(2)) {
            ParallelMatMul product = new ParallelMatMul(Kernels.matMul("vector-packed"), workers);
            product.multiply(a16, b16, fromBits, m, k, n);
            product.multiply(a, b, fromFloats, m, k, n);
        }
        for (int i = 0; i < fromBits.length; i++) {
            assertThat(Float.floatToRawIntBits(fromBits[i])).as("c[%d]", i)
                    .isEqualTo(Float.floatToRawIntBits(fromFloats[i]));
        }
    }

    @Test
    void bfloat16BitsAreTheTopHalfOfTheRoundedFloat() {
        for (float value : new float[] {1f, -2.5f, 1 + 0x1p-8f, 1 + 0x1.8p-8f, Float.MIN_VALUE, -0f, 3e38f}) {
            assertThat(Float.intBitsToFloat(LowPrecision.bfloat16Bits(value) << 16))
                    .isEqualTo(LowPrecision.bfloat16(value));
        }
    }

    @Test
    void aKernelThatCannotReadSixteenBitStorageSaysSo() {
        try (Workers workers = new Workers(1)) {
            ParallelMatMul naive = new ParallelMatMul(Kernels.matMul("naive"), workers);
            assertThatThrownBy(() -> naive.multiply(new short[1], new short[1], new float[1], 1, 1, 1))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("naive");
        }
    }
}
