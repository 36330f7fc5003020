package actbench.kernel;

/**
 * Rounding a float to the values bfloat16 and float16 can hold, as hardware stores them: to
 * nearest, ties to even; float16 keeps its subnormals (multiples of 2^-24 below 2^-14) and
 * overflows to infinity from 65520 on; bfloat16 keeps float's range with 8 significant bits; NaN
 * stays NaN and a zero keeps its sign. The result is a float holding the rounded value, so the
 * products can accumulate in float32, as tensor cores and AVX-512 BF16 do. The vector kernels
 * use the same integer and float steps lane by lane, so both agree bit for bit.
 */
public final class LowPrecision {

    /** Bits of the largest float below which float16 rounds to a finite value: 65520 rounds to infinity. */
    public static final int HALF_OVERFLOW_BITS = 0x477FF000;
    /** Bits of 2^-14, float16's smallest normal value. */
    public static final int HALF_MIN_NORMAL_BITS = 0x38800000;
    /**
     * Below 2^-14, adding and subtracting 0.5 rounds to a multiple of 2^-24 (float's spacing
     * at 0.5), to nearest even by the FPU's own rounding: exactly float16's subnormal grid.
     */
    public static final float HALF_SUBNORMAL_ROUNDER = 0.5f;

    private LowPrecision() {
    }

    /** {@code value} rounded to bfloat16 (8 significant bits, float's exponent range). */
    public static float bfloat16(float value) {
        int bits = Float.floatToRawIntBits(value);
        if ((bits & 0x7FFFFFFF) > 0x7F800000) {
            return Float.intBitsToFloat((bits | 0x00400000) & 0xFFFF0000); // a quiet NaN, its top payload kept
        }
        return Float.intBitsToFloat((bits + 0x7FFF + ((bits >>> 16) & 1)) & 0xFFFF0000);
    }

    /** {@code value} rounded to bfloat16, as the 16 bits bfloat16 storage keeps (the float's top half). */
    public static short bfloat16Bits(float value) {
        return (short) (Float.floatToRawIntBits(bfloat16(value)) >>> 16);
    }

    /** {@code value} rounded to float16 (11 significant bits, normal from 2^-14, finite below 65520). */
    public static float float16(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = bits & 0x80000000;
        int magnitude = bits & 0x7FFFFFFF;
        if (magnitude > 0x7F800000) {
            return Float.intBitsToFloat((bits | 0x00400000) & ~0x1FFF); // a quiet NaN, its top payload kept
        }
        if (magnitude >= HALF_OVERFLOW_BITS) {
            return Float.intBitsToFloat(sign | 0x7F800000);
        }
        if (magnitude < HALF_MIN_NORMAL_BITS) {
            float rounded = (Float.intBitsToFloat(magnitude) + HALF_SUBNORMAL_ROUNDER) - HALF_SUBNORMAL_ROUNDER;
            return Float.intBitsToFloat(sign | Float.floatToRawIntBits(rounded));
        }
        return Float.intBitsToFloat(sign | ((magnitude + 0xFFF + ((magnitude >>> 13) & 1)) & 0xFFFFE000));
    }
}
