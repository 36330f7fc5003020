package actbench.kernel.vector;

import actbench.kernel.CensusKernel;
import actbench.kernel.ScalarCensus;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The census a vector at a time; {@link ScalarCensus} counts the tails. Floats are counted by their
 * bits as ints: min and max of an order-preserving key (one instruction each, where the floating
 * min and max that keep -0.0 below +0.0 take several), saturation and zero from the magnitude's bits.
 */
final class VectorCensus implements CensusKernel {

    private static final VectorSpecies<Float> FLOATS = Species.FLOATS;
    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, FLOATS.vectorShape());
    private static final VectorSpecies<Double> DOUBLES = Species.DOUBLES;
    private static final VectorSpecies<Long> LONGS = VectorSpecies.of(long.class, DOUBLES.vectorShape());
    /**
     * The largest float whose double is at most SATURATION: a float's double exceeds SATURATION
     * exactly when the float exceeds this, so its magnitude's bits exceed these bits.
     */
    private static final int SATURATION_FLOAT_BITS = Float.floatToRawIntBits(saturationFloat());
    private static final int MAGNITUDE = Integer.MAX_VALUE;
    private static final CensusKernel TAIL = new ScalarCensus();

    private static float saturationFloat() {
        float t = (float) SATURATION;
        return t > SATURATION ? Math.nextDown(t) : t;
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void countAndWiden(float[] x, int from, int to, double[] wide, Counts counts) {
        IntVector lo = IntVector.broadcast(INTS, key(Float.POSITIVE_INFINITY));
        IntVector hi = IntVector.broadcast(INTS, key(Float.NEGATIVE_INFINITY));
        IntVector saturated = IntVector.zero(INTS);
        IntVector zeros = IntVector.zero(INTS);
        int i = from;
        // a lane counts at most (to - from) / lanes values: no int overflows. widen reads a float
        // vector at each double vector's offset, so the last one reaches past i + lanes: room is left
        for (int bound = to - FLOATS.length() - DOUBLES.length(); i <= bound; i += FLOATS.length()) {
            IntVector bits = FloatVector.fromArray(FLOATS, x, i).reinterpretAsInts();
            IntVector magnitude = bits.lanewise(VectorOperators.AND, MAGNITUDE);
            IntVector key = bits.lanewise(VectorOperators.XOR,
                    bits.lanewise(VectorOperators.ASHR, 31).lanewise(VectorOperators.AND, MAGNITUDE));
            lo = lo.min(key);
            hi = hi.max(key);
            // 0 or 1 a lane from the sign of a difference: counting compares' masks (trueCount)
            // took four times as long as everything else in the loop
            saturated = saturated.add(IntVector.broadcast(INTS, SATURATION_FLOAT_BITS).sub(magnitude)
                    .lanewise(VectorOperators.LSHR, 31));
            zeros = zeros.add(magnitude.sub(1).lanewise(VectorOperators.LSHR, 31));
            widen(x, i, wide, i - from);
        }
        counts.min = Math.min(counts.min, value(lo.reduceLanes(VectorOperators.MIN)));
        counts.max = Math.max(counts.max, value(hi.reduceLanes(VectorOperators.MAX)));
        counts.saturated += saturated.reduceLanes(VectorOperators.ADD);
        counts.zeros += zeros.reduceLanes(VectorOperators.ADD);
        for (int j = i; j < to; j++) {
            wide[j - from] = x[j];
        }
        TAIL.count(wide, i - from, to - from, counts);
    }

    /**
     * One float vector's values, widened, to {@code wide[at ..]}: the low lanes of float vectors
     * read at each double vector's offset, converted. Narrower float species than the kernels'
     * would give shared Vector API methods a second receiver class, and C2 then lost the vector
     * kernels' constants ({@code -XX:+PrintIntrinsics}: "missing constant" in the packing and tanh
     * loops, which boxed every vector).
     */
    private static void widen(float[] x, int i, double[] wide, int at) {
        for (int j = 0; j < FLOATS.length(); j += DOUBLES.length()) {
            ((DoubleVector) FloatVector.fromArray(FLOATS, x, i + j).convertShape(VectorOperators.F2D, DOUBLES, 0))
                    .intoArray(wide, at + j);
        }
    }

    /** A float's bits as an int in the same order, -0.0 below +0.0 (x finite). */
    private static int key(float x) {
        int bits = Float.floatToRawIntBits(x);
        return bits ^ ((bits >> 31) & MAGNITUDE);
    }

    private static double value(int key) {
        return Float.intBitsToFloat(key ^ ((key >> 31) & MAGNITUDE));
    }

    /**
     * Doubles by the floating min and max (-0.0 below +0.0), two of each side by side: each one's
     * result waits for the one before, several instructions long. Counts as for floats, in longs.
     */
    @Override
    public void count(double[] x, int from, int to, Counts counts) {
        DoubleVector lo0 = DoubleVector.broadcast(DOUBLES, Double.POSITIVE_INFINITY);
        DoubleVector hi0 = DoubleVector.broadcast(DOUBLES, Double.NEGATIVE_INFINITY);
        DoubleVector lo1 = lo0;
        DoubleVector hi1 = hi0;
        LongVector saturated = LongVector.zero(LONGS);
        LongVector zeros = LongVector.zero(LONGS);
        int step = 2 * DOUBLES.length();
        int i = from;
        for (int bound = from + (to - from) / step * step; i < bound; i += step) {
            DoubleVector a = DoubleVector.fromArray(DOUBLES, x, i);
            DoubleVector b = DoubleVector.fromArray(DOUBLES, x, i + DOUBLES.length());
            lo0 = lo0.min(a);
            hi0 = hi0.max(a);
            lo1 = lo1.min(b);
            hi1 = hi1.max(b);
            LongVector magnitudeA = a.reinterpretAsLongs().lanewise(VectorOperators.AND, Long.MAX_VALUE);
            LongVector magnitudeB = b.reinterpretAsLongs().lanewise(VectorOperators.AND, Long.MAX_VALUE);
            LongVector threshold = LongVector.broadcast(LONGS, SATURATION_BITS);
            saturated = saturated.add(threshold.sub(magnitudeA).lanewise(VectorOperators.LSHR, 63))
                    .add(threshold.sub(magnitudeB).lanewise(VectorOperators.LSHR, 63));
            zeros = zeros.add(magnitudeA.sub(1).lanewise(VectorOperators.LSHR, 63))
                    .add(magnitudeB.sub(1).lanewise(VectorOperators.LSHR, 63));
        }
        counts.min = Math.min(counts.min, lo0.min(lo1).reduceLanes(VectorOperators.MIN));
        counts.max = Math.max(counts.max, hi0.max(hi1).reduceLanes(VectorOperators.MAX));
        counts.saturated += saturated.reduceLanes(VectorOperators.ADD);
        counts.zeros += zeros.reduceLanes(VectorOperators.ADD);
        TAIL.count(x, i, to, counts);
    }
}
