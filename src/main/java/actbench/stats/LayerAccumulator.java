package actbench.stats;

/**
 * Accumulates {@link LayerStatistics} over chunks of activations. Each chunk gets exact two-pass
 * moments in double; chunks merge with Chan's update. Accumulators of disjoint parts merge in a
 * fixed order, so the result does not depend on how many threads filled them.
 */
public final class LayerAccumulator {

    /** |h| above this counts as saturated (tanh's flat tails). */
    public static final double SATURATION = 0.99;
    public static final int BINS = 30;

    private static final int CHUNK = 4096;

    private final double[] scratch = new double[CHUNK];
    private final Histogram histogram = new Histogram(BINS, -1, 1);
    private Moments moments = Moments.EMPTY;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long saturated;
    private long zeros;
    private long nonFinite;

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

    private void addChunk(double[] v, int from, int to) {
        int finite = 0;
        double lo = min;
        double hi = max;
        long beyond = 0;
        long zero = 0;
        for (int i = from; i < to; i++) {
            double x = v[i];
            if (!Double.isFinite(x)) {
                nonFinite++;
                continue;
            }
            finite++;
            // Math.min and Math.max exactly (-0.0 below +0.0), as comparisons the loop can predict:
            // Math.min/max's own zero and NaN handling made this loop nearly twice as slow
            if (x <= lo && (x < lo || Double.doubleToRawLongBits(x) < 0)) {
                lo = x;
            }
            if (x >= hi && (x > hi || Double.doubleToRawLongBits(x) >= 0)) {
                hi = x;
            }
            beyond += Math.abs(x) > SATURATION ? 1 : 0;
            zero += x == 0 ? 1 : 0;
        }
        min = lo;
        max = hi;
        saturated += beyond;
        zeros += zero;
        histogram.addAll(v, from, to);
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

    /** Forgets everything seen, keeping the buffers, so one accumulator serves every layer. */
    public void reset() {
        histogram.reset();
        moments = Moments.EMPTY;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        saturated = 0;
        zeros = 0;
        nonFinite = 0;
    }

    /** Adds everything {@code other} has seen; call in a fixed order for reproducible results. */
    public void merge(LayerAccumulator other) {
        moments = moments.merge(other.moments);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        saturated += other.saturated;
        zeros += other.zeros;
        nonFinite += other.nonFinite;
        histogram.merge(other.histogram);
    }

    public LayerStatistics result() {
        return new LayerStatistics(moments.count() + nonFinite, moments.mean(), moments.std(),
                min, max, saturated, zeros, histogram.counts(), histogram.below(), histogram.above(),
                nonFinite);
    }
}
