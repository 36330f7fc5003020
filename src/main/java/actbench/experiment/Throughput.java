package actbench.experiment;

import org.HdrHistogram.Histogram;

/**
 * Forward passes timed with fixed weights (drawing the weights is not timed).
 *
 * @param latencies pass latencies in nanoseconds
 */
public record Throughput(long passes, double seconds, double gflops, Histogram latencies) {

    public double passesPerSecond() {
        return passes / seconds;
    }

    /** The latency at a percentile (0-100) in milliseconds. */
    public double latencyMillis(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1e6;
    }

    public double maxLatencyMillis() {
        return latencies.getMaxValue() / 1e6;
    }
}
