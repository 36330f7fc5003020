package actbench.kernel;

import actbench.matrix.Precision;

/**
 * Stores float32 values in a 16-bit format ({@link Precision#BF16}, {@link Precision#F16}): rounds
 * them in place to the values the format holds, as {@link LowPrecision} defines, and counts what
 * sank below the format's normal range on the way.
 */
public interface Rounding {

    /**
     * Rounds {@code x[from .. to)} to {@code format} in place.
     *
     * @return how many of those values were not zero and are now zero or subnormal in the format
     */
    int round(Precision format, float[] x, int from, int to);

    /**
     * True for float16, false for bfloat16.
     *
     * @throws IllegalArgumentException for a format that is not 16-bit storage
     */
    static boolean isHalf(Precision format) {
        if (!format.rounded()) {
            throw new IllegalArgumentException(format.label() + " is not a 16-bit storage format");
        }
        return format == Precision.F16;
    }
}
