package actbench.kernel.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import actbench.kernel.LowPrecision;
import actbench.kernel.ScalarRounding;
import actbench.matrix.Precision;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vector rounding is the scalar one bit for bit, at every width the kernels run at, tails
 * included, and both count the values that sank below the format's normal range.
 */
class VectorLowPrecisionTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 8, 15, 16, 17, 31, 33, 1000, 4099})
    void vectorRoundingEqualsScalarRounding(int length) {
        SplittableRandom random = new SplittableRandom(length);
        float[] values = new float[length];
        float[] edges = {0f, -0f, 65504f, 65520f, -65519.996f, 0x1p-14f, 0x1p-24f, 0x1p-25f, 0x1.8p-25f, 1 + 0x1p-8f,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0xFFC12345),
            Float.MAX_VALUE, Float.MIN_VALUE};
        for (int i = 0; i < length; i++) {
            values[i] = i < edges.length && length > 20 ? edges[i]
                    : i % 2 == 0 ? Float.intBitsToFloat(random.nextInt())
                    : (float) (random.nextGaussian() * Math.exp(random.nextDouble(-25, 12)));
        }
        float[] half = values.clone();
        float[] brain = values.clone();
        int halfUnderflows = new VectorLowPrecision().round(Precision.F16, half, 0, length);
        int brainUnderflows = new VectorLowPrecision().round(Precision.BF16, brain, 0, length);
        int expectedHalf = 0;
        int expectedBrain = 0;
        for (int i = 0; i < length; i++) {
            assertThat(Float.floatToRawIntBits(half[i])).as("float16 of %s at %d", values[i], i)
                    .isEqualTo(Float.floatToRawIntBits(LowPrecision.float16(values[i])));
            assertThat(Float.floatToRawIntBits(brain[i])).as("bfloat16 of %s at %d", values[i], i)
                    .isEqualTo(Float.floatToRawIntBits(LowPrecision.bfloat16(values[i])));
            // an underflow: not zero before, zero or subnormal after (NaN is neither)
            expectedHalf += values[i] != 0 && Math.abs(half[i]) < 0x1p-14f ? 1 : 0;
            expectedBrain += values[i] != 0 && Math.abs(brain[i]) < Float.MIN_NORMAL ? 1 : 0;
        }
        assertThat(halfUnderflows).isEqualTo(expectedHalf);
        assertThat(brainUnderflows).isEqualTo(expectedBrain);
        float[] scalar = values.clone();
        assertThat(new ScalarRounding().round(Precision.F16, scalar, 0, length)).isEqualTo(expectedHalf);
        scalar = values.clone();
        assertThat(new ScalarRounding().round(Precision.BF16, scalar, 0, length)).isEqualTo(expectedBrain);
        if (length > 20) {
            assertThat(expectedHalf).as("the edges include float16 underflows").isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"F32", "F64"})
    void onlySixteenBitFormatsAreRounded(Precision format) {
        assertThatThrownBy(() -> new VectorLowPrecision().round(format, new float[1], 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(format.label());
    }
}
