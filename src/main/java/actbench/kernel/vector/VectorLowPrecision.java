package actbench.kernel.vector;

import actbench.kernel.LowPrecision;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LowPrecision}'s rounding over arrays, in place, lane by lane with the same integer and
 * float steps (JDK 17 has no float16 lanes, so the formats are built from int lanes): bit for bit
 * the scalar result, the tail included.
 */
final class VectorLowPrecision {

    private static final VectorSpecies<Float> F = Species.FLOATS;

    private VectorLowPrecision() {
    }

    /** {@code values[from, to)} rounded to bfloat16. */
    static void bfloat16(float[] values, int from, int to) {
        int i = from;
        for (int end = from + F.loopBound(to - from); i < end; i += F.length()) {
            IntVector bits = FloatVector.fromArray(F, values, i).reinterpretAsInts();
            VectorMask<Integer> nan = bits.and(0x7FFFFFFF).compare(VectorOperators.GT, 0x7F800000);
            IntVector rounded = bits.add(0x7FFF).add(bits.lanewise(VectorOperators.LSHR, 16).and(1)).and(0xFFFF0000);
            rounded.blend(bits.or(0x00400000).and(0xFFFF0000), nan).reinterpretAsFloats().intoArray(values, i);
        }
        for (; i < to; i++) {
            values[i] = LowPrecision.bfloat16(values[i]);
        }
    }

    /** {@code values[from, to)} rounded to float16. */
    static void float16(float[] values, int from, int to) {
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
            rounded.blend(bits.or(0x00400000).and(~0x1FFF), magnitude.compare(VectorOperators.GT, 0x7F800000))
                    .reinterpretAsFloats().intoArray(values, i);
        }
        for (; i < to; i++) {
            values[i] = LowPrecision.float16(values[i]);
        }
    }
}
