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
    private long below;
    private long above;

    public Histogram(int bins, double lo, double hi) {
        if (bins < 1 || !(lo < hi)) {
            throw new IllegalArgumentException("need bins >= 1 and lo < hi");
        }
        this.lo = lo;
        this.hi = hi;
        this.counts = new long[bins];
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
            return;
        }
        if (x > hi) {
            above++;
            return;
        }
        int bins = counts.length;
        // numpy's guess from the scaled offset, then its corrections against the edges.
        int i = (int) ((x - lo) / (hi - lo) * bins);
        if (i == bins) {
            i--;
        }
        if (x < edges[i]) {
            i--;
        } else if (x >= edges[i + 1] && i != bins - 1) {
            i++;
        }
        counts[i]++;
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
