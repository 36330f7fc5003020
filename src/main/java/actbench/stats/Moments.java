package actbench.stats;

/**
 * Count, mean and sum of squared deviations (M2) of a set of values, merged with Chan et al.'s
 * pairwise update so that large sets keep full double precision.
 */
public record Moments(long count, double mean, double m2) {

    public static final Moments EMPTY = new Moments(0, 0, 0);

    /** Exact two-pass moments of {@code v[from .. to)}. */
    public static Moments of(double[] v, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return EMPTY;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += v[i];
        }
        double mean = sum / n;
        double m2 = 0;
        for (int i = from; i < to; i++) {
            double d = v[i] - mean;
            m2 += d * d;
        }
        return new Moments(n, mean, m2);
    }

    public Moments merge(Moments other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        long n = count + other.count;
        double delta = other.mean - mean;
        double mergedMean = mean + delta * ((double) other.count / n);
        double mergedM2 = m2 + other.m2 + delta * delta * ((double) count * other.count / n);
        return new Moments(n, mergedMean, mergedM2);
    }

    /** Population variance, as numpy's {@code var()} with ddof 0. */
    public double variance() {
        return count == 0 ? Double.NaN : m2 / count;
    }

    /** Population standard deviation, as numpy's {@code std()}. */
    public double std() {
        return Math.sqrt(variance());
    }
}
