package actbench.stats;

import java.util.Optional;

/**
 * Accumulates {@link LayerStatistics} over chunks of activations. Each chunk gets exact two-pass
 * moments in double; chunks merge with Chan's update. Accumulators of disjoint parts merge in a
 * fixed order, so the result does not depend on how many threads filled them.
 */
public final class LayerAccumulator {

    /** |h| above this counts as saturated (tanh's flat tails). */
    public static final double SATURATION = 0.99;
    public static final int BINS = 30;
    /** SATURATION's bits: |x| > SATURATION exactly when |x|'s bits are larger, as longs (x finite). */
    private static final long SATURATION_BITS = Double.doubleToRawLongBits(SATURATION);

    /** Values per chunk: each gets two-pass moments, merged in order (fixed: it shapes the last bits). */
    static final int CHUNK = 4096;

    private final double[] scratch = new double[CHUNK];
    private final Histogram histogram = new Histogram(BINS, -1, 1);
    /** Whether {@link #histogram} counts: binning costs as much as everything else together. */
    private final boolean binned;
    private Moments moments = Moments.EMPTY;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long saturated;
    private long zeros;
    private long nonFinite;
    private long underflow;

    /** An accumulator that also records the histogram. */
    public LayerAccumulator() {
        this(true);
    }

    /** An accumulator that records the histogram if {@code binned}. */
    public LayerAccumulator(boolean binned) {
        this.binned = binned;
    }

    /** Adds {@code x[from .. to)}, widened to double. */
    public void add(float[] x, int from, int to) {
        for (int start = from; start < to; start += CHUNK) {
            int len = Math.min(CHUNK, to - start);
            for (int i = 0; i < len; i++) {
                scratch[i] = x[start + i];
            }
            addChunk(scratch, 0, len);
        }
    }

    /** Adds {@code x[from .. to)}. */
    public void add(double[] x, int from, int to) {
        for (int start = from; start < to; start += CHUNK) {
            addChunk(x, start, Math.min(to, start + CHUNK));
        }
    }

    /**
     * One pass over the chunk counts everything and sums it; the sum is also the first pass of the
     * chunk's moments, so only their second pass reads the values again; nothing in the loop
     * branches on a value. A sum that is not finite means an infinity, a NaN or an overflowing
     * sum: that chunk is counted again by the general path.
     */
    private void addChunk(double[] v, int from, int to) {
        long lo = key(min);
        long hi = key(max);
        long beyond = 0;
        long zero = 0;
        double sum = 0;
        for (int i = from; i < to; i++) {
            double x = v[i];
            long key = key(x);
            lo = Math.min(lo, key);
            hi = Math.max(hi, key);
            beyond += saturatedBit(x);
            zero += zeroBit(x);
            if (binned) {
                histogram.tally(i & 3, histogram.slot(x));
            }
            sum += x;
        }
        if (!Double.isFinite(sum)) {
            histogram.discard();
            addNonFinite(v, from, to);
            return;
        }
        min = value(lo);
        max = value(hi);
        saturated += beyond;
        zeros += zero;
        if (binned) {
            histogram.flush();
        }
        moments = moments.merge(Moments.of(v, from, to, sum));
    }

    /**
     * A finite double as a long in the same order, -0.0 below +0.0, so min and max are Math.min and
     * Math.max on doubles bit for bit: comparisons of doubles branched on every ReLU zero (50/50,
     * unpredictable; 13 ns a value, now 7).
     */
    private static long key(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * 1 if finite {@code x} is saturated ({@code |x| > SATURATION}), else 0: the sign bit of a
     * difference of bits, not a ternary, which C2 compiled as a branch, and ReLU's large values
     * saturate one time in two (9.3 ns a value in the chunk loop, 3.3-4 without).
     */
    private static long saturatedBit(double x) {
        return (SATURATION_BITS - (Double.doubleToRawLongBits(x) & Long.MAX_VALUE)) >>> 63;
    }

    /** 1 if {@code x} is +0.0 or -0.0, else 0, without a branch (as {@link #saturatedBit}). */
    private static long zeroBit(double x) {
        return ((Double.doubleToRawLongBits(x) & Long.MAX_VALUE) - 1) >>> 63;
    }

    private static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    /** {@link #addChunk} for a chunk whose values may be infinite or NaN (an overflowed layer). */
    private void addNonFinite(double[] v, int from, int to) {
        int finite = 0;
        for (int i = from; i < to; i++) {
            double x = v[i];
            if (!Double.isFinite(x)) {
                nonFinite++;
                continue;
            }
            finite++;
            min = Math.min(min, x);
            max = Math.max(max, x);
            saturated += saturatedBit(x);
            zeros += zeroBit(x);
        }
        if (binned) {
            histogram.addAll(v, from, to);
        }
        moments = moments.merge(finite == to - from
                ? Moments.of(v, from, to) : finiteMoments(v, from, to));
    }

    private static Moments finiteMoments(double[] v, int from, int to) {
        Moments m = Moments.EMPTY;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(v[i])) {
                m = m.merge(new Moments(1, v[i], 0));
            }
        }
        return m;
    }

    /** Counts values that sank below a 16-bit format's normal range when stored ({@link LayerStatistics#underflow}). */
    public void addUnderflows(long count) {
        underflow += count;
    }

    /** Forgets everything seen, keeping the buffers, so one accumulator serves every layer. */
    public void reset() {
        histogram.reset();
        moments = Moments.EMPTY;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        saturated = 0;
        zeros = 0;
        nonFinite = 0;
        underflow = 0;
    }

    /** Adds everything {@code other} has seen; call in a fixed order for reproducible results. */
    public void merge(LayerAccumulator other) {
        moments = moments.merge(other.moments);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        saturated += other.saturated;
        zeros += other.zeros;
        nonFinite += other.nonFinite;
        underflow += other.underflow;
        histogram.merge(other.histogram);
    }

    public LayerStatistics result() {
        return new LayerStatistics(moments.count() + nonFinite, moments.mean(), moments.std(),
                min, max, saturated, zeros,
                binned ? Optional.of(new LayerStatistics.Bins(histogram.counts(), histogram.below(), histogram.above()))
                        : Optional.empty(),
                nonFinite, underflow);
    }
}
