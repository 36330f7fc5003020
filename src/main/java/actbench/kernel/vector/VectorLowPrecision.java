package actbench.kernel.vector;

import actbench.kernel.LowPrecision;
import actbench.kernel.Rounding;
import actbench.kernel.ScalarRounding;
import actbench.matrix.Precision;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LowPrecision}'s rounding over arrays, in place, lane by lane with the same integer and
 * float steps (JDK 17 has no float16 lanes, so the formats are built from int lanes): bit for bit
 * the scalar result, the tail included, and the same count of values that sank below the normal
 * range.
 */
final class VectorLowPrecision implements Rounding {

    private static final VectorSpecies<Float> F = Species.FLOATS;
    private static final ScalarRounding TAIL = new ScalarRounding();

    @Override
    public int round(Precision format, float[] x, int from, int to) {
        return Rounding.isHalf(format) ? float16(x, from, to) : bfloat16(x, from, to);
    }

    /** {@code values[from, to)} rounded to bfloat16; returns the underflows ({@link Rounding#round}). */
    static int bfloat16(float[] values, int from, int to) {
        int underflows = 0;
        int i = from;
        for (int end = from + F.loopBound(to - from); i < end; i += F.length()) {
            IntVector bits = FloatVector.fromArray(F, values, i).reinterpretAsInts();
            VectorMask<Integer> nan = bits.and(0x7FFFFFFF).compare(VectorOperators.GT, 0x7F800000);
            IntVector rounded = bits.add(0x7FFF).add(bits.lanewise(VectorOperators.LSHR, 16).and(1)).and(0xFFFF0000);
            rounded = rounded.blend(bits.or(0x00400000).and(0xFFFF0000), nan);
            underflows += underflows(bits, rounded, Float.floatToRawIntBits(Float.MIN_NORMAL));
            rounded.reinterpretAsFloats().intoArray(values, i);
        }
        return underflows + TAIL.round(Precision.BF16, values, i, to);
    }

    /** Lanes that were not zero and are below {@code minNormalBits} after rounding. */
    private static int underflows(IntVector before, IntVector after, int minNormalBits) {
        return before.and(0x7FFFFFFF).compare(VectorOperators.NE, 0)
                .and(after.and(0x7FFFFFFF).compare(VectorOperators.LT, minNormalBits)).trueCount();
    }

    /** {@code values[from, to)} rounded to float16; returns the underflows ({@link Rounding#round}). */
    static int float16(float[] values, int from, int to) {
        int underflows = 0;
        int i = from;
        for (int end = from + F.loopBound(to - from); i < end; i += F.length()) {
            IntVector bits = FloatVector.fromArray(F, values, i).reinterpretAsInts();
            IntVector magnitude = bits.and(0x7FFFFFFF);
            IntVector normal = magnitude.add(0xFFF).add(magnitude.lanewise(VectorOperators.LSHR, 13).and(1))
                    .and(0xFFFFE000);
            IntVector subnormal = magnitude.reinterpretAsFloats().add(LowPrecision.HALF_SUBNORMAL_ROUNDER)
                    .sub(LowPrecision.HALF_SUBNORMAL_ROUNDER).reinterpretAsInts();
            IntVector rounded = normal
                    .blend(subnormal, magnitude.compare(VectorOperators.LT, LowPrecision.HALF_MIN_NORMAL_BITS))
                    .blend(0x7F800000, magnitude.compare(VectorOperators.GE, LowPrecision.HALF_OVERFLOW_BITS))
                    .or(bits.and(0x80000000));
            rounded = rounded.blend(bits.or(0x00400000).and(~0x1FFF), magnitude.compare(VectorOperators.GT, 0x7F800000));
            underflows += underflows(bits, rounded, LowPrecision.HALF_MIN_NORMAL_BITS);
            rounded.reinterpretAsFloats().intoArray(values, i);
        }
        return underflows + TAIL.round(Precision.F16, values, i, to);
    }
}
