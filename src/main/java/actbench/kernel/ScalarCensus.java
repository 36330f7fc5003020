package actbench.kernel;

/**
 * One value at a time, without a branch on a value: the twin of the vector census, used where
 * vectors are unavailable or not yet compiled, and for its tails.
 */
public final class ScalarCensus implements CensusKernel {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void countAndWiden(float[] x, int from, int to, double[] wide, Counts counts) {
        for (int i = from; i < to; i++) {
            wide[i - from] = x[i];
        }
        count(wide, 0, to - from, counts);
    }

    @Override
    public void count(double[] x, int from, int to, Counts counts) {
        long lo = key(counts.min);
        long hi = key(counts.max);
        long saturated = 0;
        long zeros = 0;
        for (int i = from; i < to; i++) {
            long key = key(x[i]);
            long magnitude = Double.doubleToRawLongBits(x[i]) & Long.MAX_VALUE;
            lo = Math.min(lo, key);
            hi = Math.max(hi, key);
            // the sign bits of differences, not comparisons, which C2 compiled as branches: ReLU's
            // values saturate and are zero one time in two (9.3 ns a value with them, 3.3-4 without)
            saturated += (SATURATION_BITS - magnitude) >>> 63;
            zeros += (magnitude - 1) >>> 63;
        }
        counts.min = value(lo);
        counts.max = value(hi);
        counts.saturated += saturated;
        counts.zeros += zeros;
    }

    /**
     * A double as a long in the same order, -0.0 below +0.0, so min and max are Math.min and
     * Math.max on doubles bit for bit: comparisons of doubles branched on every ReLU zero (50/50,
     * unpredictable; 13 ns a value, 7 with keys).
     */
    private static long key(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }
}
