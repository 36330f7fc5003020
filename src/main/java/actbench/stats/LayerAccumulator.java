package actbench.stats;

import actbench.kernel.CensusKernel;
import actbench.kernel.ScalarCensus;
import java.util.Optional;

/**
 * Accumulates {@link LayerStatistics} over chunks of activations. Each chunk gets exact two-pass
 * moments in double; chunks merge with Chan's update. Accumulators of disjoint parts merge in a
 * fixed order, so the result does not depend on how many threads filled them.
 */
public final class LayerAccumulator {

    /** |h| above this counts as saturated (tanh's flat tails). */
    public static final double SATURATION = CensusKernel.SATURATION;
    public static final int BINS = 30;

    /** Values per chunk: each gets two-pass moments, merged in order (fixed: it shapes the last bits). */
    static final int CHUNK = 4096;
    /** Chunks summed side by side ({@link ChunkSums}), and what one census call counts. */
    private static final int SPAN = ChunkSums.GROUP * CHUNK;
    /** The longest span: the last one also takes what is left if that is at most a chunk. */
    private static final int LONGEST_SPAN = SPAN + CHUNK;
    /** A span of floats widened to double, one per thread: accumulators outnumber threads. */
    private static final ThreadLocal<double[]> WIDE = ThreadLocal.withInitial(() -> new double[LONGEST_SPAN]);

    private final CensusKernel census;
    private final Histogram histogram = new Histogram(BINS, -1, 1);
    /** Whether {@link #histogram} counts: binning costs as much as everything else together. */
    private final boolean binned;
    private final CensusKernel.Counts counts = new CensusKernel.Counts();
    /** A span's counts, kept only if its values turn out finite. */
    private final CensusKernel.Counts spanCounts = new CensusKernel.Counts();
    private final double[] sums = new double[ChunkSums.MOST];
    private final double[] means = new double[ChunkSums.MOST];
    private final double[] squares = new double[ChunkSums.MOST];
    private Moments moments = Moments.EMPTY;
    private long nonFinite;
    private long underflow;

    /** An accumulator that also records the histogram, counting with the scalar census. */
    public LayerAccumulator() {
        this(true);
    }

    /** An accumulator that records the histogram if {@code binned}, counting with the scalar census. */
    public LayerAccumulator(boolean binned) {
        this(binned, new ScalarCensus());
    }

    /** An accumulator that records the histogram if {@code binned}, counting with {@code census}. */
    public LayerAccumulator(boolean binned, CensusKernel census) {
        this.binned = binned;
        this.census = census;
    }

    /** Adds {@code x[from .. to)}, widened to double. */
    public void add(float[] x, int from, int to) {
        double[] wide = WIDE.get();
        for (int start = from, end; start < to; start = end) {
            end = spanEnd(start, to);
            spanCounts.reset();
            census.countAndWiden(x, start, end, wide, spanCounts);
            addSpan(wide, 0, end - start);
        }
    }

    /** Adds {@code x[from .. to)}. */
    public void add(double[] x, int from, int to) {
        for (int start = from, end; start < to; start = end) {
            end = spanEnd(start, to);
            spanCounts.reset();
            census.count(x, start, end, spanCounts);
            addSpan(x, start, end);
        }
    }

    /**
     * Where the span from {@code start} ends: {@link #SPAN} values on, or at {@code to} if at most a
     * chunk more is left (the chunks, and so the bits, are those of spans of {@link #SPAN}).
     */
    private static int spanEnd(int start, int to) {
        return to - start <= LONGEST_SPAN ? to : start + SPAN;
    }

    /**
     * A span of up to {@link ChunkSums#MOST} chunks, counted in {@link #spanCounts}: each chunk's
     * two-pass moments (sums in order, so the bits are those of one chunk at a time). A sum that is
     * not finite means an infinity, a NaN or an overflowing sum: the span's chunks are then counted
     * again by the general path.
     */
    private void addSpan(double[] v, int from, int to) {
        int chunks = ChunkSums.sums(v, from, to, CHUNK, sums);
        for (int c = 0; c < chunks; c++) {
            if (!Double.isFinite(sums[c])) {
                for (int start = from; start < to; start += CHUNK) {
                    addNonFinite(v, start, Math.min(to, start + CHUNK));
                }
                return;
            }
        }
        counts.add(spanCounts);
        if (binned) {
            for (int i = from; i < to; i++) {
                histogram.tally(i & 3, histogram.slot(v[i]));
            }
            histogram.flush();
        }
        for (int c = 0; c < chunks; c++) {
            means[c] = sums[c] / chunkLength(from, to, c);
        }
        ChunkSums.squaredDeviations(v, from, to, CHUNK, means, squares);
        for (int c = 0; c < chunks; c++) {
            moments = moments.merge(new Moments(chunkLength(from, to, c), means[c], squares[c]));
        }
    }

    private static int chunkLength(int from, int to, int chunk) {
        return Math.min(CHUNK, to - from - chunk * CHUNK);
    }

    /** A chunk whose values may be infinite or NaN (an overflowed layer), one value at a time. */
    private void addNonFinite(double[] v, int from, int to) {
        int finite = 0;
        for (int i = from; i < to; i++) {
            double x = v[i];
            if (!Double.isFinite(x)) {
                nonFinite++;
                continue;
            }
            finite++;
            counts.min = Math.min(counts.min, x);
            counts.max = Math.max(counts.max, x);
            counts.saturated += Math.abs(x) > SATURATION ? 1 : 0;
            counts.zeros += x == 0 ? 1 : 0;
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
        counts.reset();
        nonFinite = 0;
        underflow = 0;
    }

    /** Adds everything {@code other} has seen; call in a fixed order for reproducible results. */
    public void merge(LayerAccumulator other) {
        moments = moments.merge(other.moments);
        counts.add(other.counts);
        nonFinite += other.nonFinite;
        underflow += other.underflow;
        histogram.merge(other.histogram);
    }

    public LayerStatistics result() {
        return new LayerStatistics(moments.count() + nonFinite, moments.mean(), moments.std(),
                counts.min, counts.max, counts.saturated, counts.zeros,
                binned ? Optional.of(new LayerStatistics.Bins(histogram.counts(), histogram.below(), histogram.above()))
                        : Optional.empty(),
                nonFinite, underflow);
    }
}
