package actbench.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rounding to float16 is numpy's {@code astype(np.float16)} and to bfloat16 the fixture script's
 * round-to-nearest-even of the top 16 bits, bit for bit, on every boundary (ties, 65504 and the
 * overflow at 65520, the smallest normal and subnormal, signed zeros, infinities) and on 6,000
 * random bit patterns and spread values.
 */
class LowPrecisionTest {

    @Test
    void roundsAsNumpyDoesBitForBit() {
        Map<String, Object> fixture = Fixtures.load("low_precision.json");
        List<?> inputs = (List<?>) fixture.get("float_bits");
        List<?> half = (List<?>) fixture.get("float16_bits");
        List<?> brain = (List<?>) fixture.get("bfloat16_bits");
        assertThat(inputs).hasSizeGreaterThan(6000);
        for (int i = 0; i < inputs.size(); i++) {
            float value = Float.intBitsToFloat((int) ((Number) inputs.get(i)).longValue());
            assertThat(Float.floatToRawIntBits(LowPrecision.float16(value))).as("float16 of %s", value)
                    .isEqualTo((int) ((Number) half.get(i)).longValue());
            assertThat(Float.floatToRawIntBits(LowPrecision.bfloat16(value))).as("bfloat16 of %s", value)
                    .isEqualTo((int) ((Number) brain.get(i)).longValue());
        }
    }

    @Test
    void nanStaysNanAndBoundariesLandWhereTheFormatsSay() {
        for (float nan : new float[] {Float.NaN, Float.intBitsToFloat(0x7F800001), Float.intBitsToFloat(0xFFC12345)}) {
            assertThat(LowPrecision.float16(nan)).isNaN();
            assertThat(LowPrecision.bfloat16(nan)).isNaN();
        }
        assertThat(LowPrecision.float16(65504f)).isEqualTo(65504f);
        assertThat(LowPrecision.float16(65520f)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(LowPrecision.float16(0x1p-24f)).isEqualTo(0x1p-24f);
        assertThat(LowPrecision.float16(0x1p-25f)).isZero(); // a tie, to the even zero
        assertThat(LowPrecision.float16(0x1.8p-25f)).isEqualTo(0x1p-24f);
        assertThat(Float.floatToRawIntBits(LowPrecision.float16(-0x1p-26f))).isEqualTo(0x80000000);
        assertThat(LowPrecision.bfloat16(1 + 0x1p-8f)).isEqualTo(1f); // a tie, to even
        assertThat(LowPrecision.bfloat16(1 + 0x3p-8f)).isEqualTo(1 + 0x1p-6f);
        assertThat(LowPrecision.bfloat16(Float.MAX_VALUE)).isEqualTo(Float.POSITIVE_INFINITY);
    }
}
