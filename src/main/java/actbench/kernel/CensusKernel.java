package actbench.kernel;

/**
 * Counts what a layer's statistics report besides its moments, in one pass over finite values:
 * the smallest and largest (as {@link Math#min} and {@link Math#max} fold them, -0.0 below +0.0),
 * how many are saturated ({@code |x| > }{@value #SATURATION}) and how many are zero. Whether the
 * values are finite is the caller's to check (a chunk whose sum is not finite is counted again,
 * its own way): with an infinity or NaN among them, the counts are unspecified.
 */
public interface CensusKernel {

    /** |x| above this counts as saturated (tanh's flat tails). */
    double SATURATION = 0.99;

    /** SATURATION's bits: finite |x| > SATURATION exactly when |x|'s bits are larger, as longs. */
    long SATURATION_BITS = Double.doubleToRawLongBits(SATURATION);

    String name();

    /**
     * Counts {@code x[from .. to)} into {@code counts} and writes the values, widened to double, to
     * {@code wide[0 .. to - from)}: the moments are summed in double, and one pass reads the floats.
     */
    void countAndWiden(float[] x, int from, int to, double[] wide, Counts counts);

    /** Counts {@code x[from .. to)} into {@code counts}. */
    void count(double[] x, int from, int to, Counts counts);

    /** Extremes and counts, added to by every call. */
    final class Counts {

        public double min;
        public double max;
        public long saturated;
        public long zeros;

        public Counts() {
            reset();
        }

        /** Nothing counted: min +infinity, max -infinity. */
        public void reset() {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            saturated = 0;
            zeros = 0;
        }

        /** Adds what {@code other} counted. */
        public void add(Counts other) {
            min = Math.min(min, other.min);
            max = Math.max(max, other.max);
            saturated += other.saturated;
            zeros += other.zeros;
        }
    }
}
