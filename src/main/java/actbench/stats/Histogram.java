package actbench.stats;

/**
 * Counts over equal bins of a closed range with numpy's {@code np.histogram(x, bins, range=(lo, hi))}
 * semantics: bin i holds {@code edge[i] <= x < edge[i + 1]}, the last bin also holds {@code hi},
 * and values outside the range are counted apart (below, above) rather than dropped silently.
 */
public final class Histogram {

    private final double lo;
    private final double hi;
    private final double[] edges;
    private final long[] counts;
    /** Bins per unit of x: the guess of a value's bin is a multiplication. */
    private final double scale;
    /** Four interleaved tallies of {@link #slot}s, {@link #slots} each, zero between chunks. */
    private final long[] tally;
    private final int slots;
    private long below;
    private long above;

    public Histogram(int bins, double lo, double hi) {
        if (bins < 1 || !(lo < hi)) {
            throw new IllegalArgumentException("need bins >= 1 and lo < hi");
        }
        this.lo = lo;
        this.hi = hi;
        this.counts = new long[bins];
        this.scale = bins / (hi - lo);
        this.slots = bins + 2;
        this.tally = new long[4 * slots];
        this.edges = new double[bins + 1];
        // np.linspace(lo, hi, bins + 1): i * step + lo, with the last edge exactly hi.
        double step = (hi - lo) / bins;
        for (int i = 0; i < bins; i++) {
            edges[i] = i * step + lo;
        }
        edges[bins] = hi;
    }

    /** Counts one finite value. */
    public void add(double x) {
        if (x < lo) {
            below++;
        } else if (x > hi) {
            above++;
        } else {
            counts[bin(x)]++;
        }
    }

    /**
     * The bin of {@code x} in [lo, hi]: numpy's guess from the scaled offset, then its corrections
     * against the edges, which make the bin exact whether the guess divides or multiplies.
     */
    private int bin(double x) {
        int bins = counts.length;
        int b = Math.min((int) ((x - lo) * scale), bins - 1);
        if (x < edges[b]) {
            b--;
        } else if (x >= edges[b + 1] && b != bins - 1) {
            b++;
        }
        return b;
    }

    /**
     * Counts the finite values of {@code v[from .. to)}, exactly as {@link #add} one by one: the
     * general path, for chunks that may hold infinities or NaN (overflowed layers).
     */
    public void addAll(double[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = v[i];
            if (Double.isFinite(x)) {
                add(x);
            }
        }
    }

    /**
     * Where finite {@code x} is counted: 0 below the range, 1 .. bins its bin, bins + 1 above. The
     * same bin as {@link #add} without a branch on the value (numpy's guess, clamped, then its two
     * corrections as 0/1 terms), so a loop over spread values does not stall on mispredictions:
     * a value below the range ends at -1 through the first correction, one above at bins.
     */
    int slot(double x) {
        int last = counts.length - 1;
        int b = Math.max(0, Math.min((int) ((x - lo) * scale), last));
        b -= x < edges[b] ? 1 : 0;
        b += x >= edges[b + 1] & b != last ? 1 : 0;
        b += x > hi ? 1 : 0;
        return b + 1;
    }

    /**
     * Counts a {@link #slot} in tally {@code lane} (0-3): four interleaved tallies, so a run of
     * values in one bin (every layer that vanishes) does not wait on its own previous store.
     * Tallies reach the counts at {@link #flush}.
     */
    void tally(int lane, int slot) {
        tally[lane * slots + slot]++;
    }

    /** Adds the tallies to the counts and clears them. */
    void flush() {
        for (int lane = 0; lane < 4; lane++) {
            int base = lane * slots;
            below += tally[base];
            for (int b = 0; b < counts.length; b++) {
                counts[b] += tally[base + 1 + b];
            }
            above += tally[base + slots - 1];
        }
        discard();
    }

    /** Clears the tallies without counting them. */
    void discard() {
        java.util.Arrays.fill(tally, 0);
    }

    public void merge(Histogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        below += other.below;
        above += other.above;
    }

    public void reset() {
        java.util.Arrays.fill(counts, 0);
        below = 0;
        above = 0;
    }

    public long[] counts() {
        return counts.clone();
    }

    public long below() {
        return below;
    }

    public long above() {
        return above;
    }
}
