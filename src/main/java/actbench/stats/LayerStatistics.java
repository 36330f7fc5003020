package actbench.stats;

import java.util.Optional;

/**
 * What is known about the values of one layer's activations (batch x width values).
 *
 * @param count      number of values
 * @param mean       mean of the finite values
 * @param std        population standard deviation of the finite values
 * @param saturated  values with |h| > {@value LayerAccumulator#SATURATION}
 * @param zeros      values exactly 0 (dead ReLU units)
 * @param bins       the histogram, if it was recorded: charts, CSV and JSON show it, the tables
 *                   do not, and it costs half of the statistics' time
 * @param nonFinite  values that overflowed to infinity or NaN
 * @param underflow  values stored as zero or subnormal in a 16-bit format that were not zero
 *                   before rounding (0 where nothing is rounded)
 */
public record LayerStatistics(long count, double mean, double std, double min, double max,
                              long saturated, long zeros, Optional<Bins> bins, long nonFinite, long underflow) {

    /**
     * A layer's histogram.
     *
     * @param counts counts of {@value LayerAccumulator#BINS} equal bins over [-1, 1], numpy semantics
     * @param below  values below -1, outside the histogram
     * @param above  values above 1, outside the histogram
     */
    public record Bins(long[] counts, long below, long above) {
    }

    /**
     * True if values overflowed to infinity or NaN, or are so large that their moments overflow a
     * double; the statistics of such a layer mean nothing and are left out of every report.
     */
    public boolean overflow() {
        return nonFinite > 0 || !Double.isFinite(mean) || !Double.isFinite(std);
    }

    public double saturatedFraction() {
        return (double) saturated / count;
    }

    public double zeroFraction() {
        return (double) zeros / count;
    }

    public double underflowFraction() {
        return (double) underflow / count;
    }
}
