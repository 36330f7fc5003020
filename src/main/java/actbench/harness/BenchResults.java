package actbench.harness;

import actbench.matrix.Shape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * JMH's scores turned into the quantities people compare: GFLOPS of each kernel, the measured FMA
 * peak, forward-pass and activation times, beside numpy's.
 *
 * @param peak measured single-core FMA GFLOPS per precision ({@code f32}, {@code f64})
 */
public record BenchResults(List<KernelRow> kernels, Map<String, Double> peak, List<ForwardRow> forward,
                           List<ElementwiseRow> elementwise, List<PairedRow> paired,
                           List<NumpyBaseline.Result> numpy, Map<String, String> unavailablePeers) {

    /**
     * One kernel (ours or a {@link Peers peer library}'s) on one shape: GFLOPS = 2mkn / time.
     * {@code gflops} from the median call (+- half the interquartile range), {@code bestGflops} from
     * the fastest; {@code forkGflops} from each fork's fastest call and {@code forkMedianGflops} from
     * its median call, one per fork. A slow neighbour on the machine lowers medians; only a worse
     * compile lowers a fork's fastest call, so the spread is judged on those.
     */
    public record KernelRow(String kernel, String precision, int threads, int m, int k, int n,
                            double gflops, double gflopsError, double bestGflops, List<Double> forkGflops,
                            List<Double> forkMedianGflops) {

        public boolean peer() {
            return Peers.isPeer(kernel);
        }

        /** The slowest fork's best call over the fastest's: near 1 when every launch compiled alike. */
        public double forkSpread() {
            double slowest = forkGflops.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double fastest = forkGflops.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            return slowest / fastest;
        }
    }

    /** A fork whose fastest call is below this share of the fastest fork's was compiled worse. */
    public static final double OUTLIER_SPREAD = 0.8;

    /** One whole 10-layer pass, in milliseconds. */
    public record ForwardRow(String activation, String precision, int threads, double millis,
                             double error, double bestMillis) {
    }

    /**
     * Our kernel and native OpenBLAS on the same product, timed call by call in one fork, in turn:
     * their mean times over {@code pairs} pairs and the geometric mean of each pair's OpenBLAS time
     * over ours ({@code speed}: above 1, ours is faster). Both calls of a pair meet the same machine,
     * so the ratio holds while a neighbour's load comes and goes.
     */
    public record PairedRow(String kernel, String precision, int threads, int m, int k, int n, long pairs,
                            double oursMillis, double openblasMillis, double speed) {

        /**
         * From the sums PairedBench counts: nanoseconds of each side, and the sum over pairs of
         * ln(ours / OpenBLAS).
         */
        public static PairedRow of(String kernel, String precision, int threads, Shape shape, double pairs,
                                   double oursNanos, double openblasNanos, double logRatio) {
            return new PairedRow(kernel, precision, threads, shape.m(), shape.k(), shape.n(), Math.round(pairs),
                    oursNanos / pairs / 1e6, openblasNanos / pairs / 1e6, Math.exp(-logRatio / pairs));
        }
    }

    /**
     * One pass over a layer's 500k values, value by value: an activation kernel (ActivationBench) or
     * the statistics (StatisticsBench), in microseconds.
     */
    public record ElementwiseRow(String method, String precision, double micros, double error) {
    }

    /**
     * Reads JMH results.
     *
     * @param peakLanes float lanes of the preferred vector species, which PeakBench uses
     */
    public static BenchResults from(Collection<RunResult> results, int peakLanes,
                                    List<NumpyBaseline.Result> numpy, Map<String, String> unavailablePeers) {
        List<KernelRow> kernels = new ArrayList<>();
        Map<String, Double> peak = new LinkedHashMap<>();
        List<ForwardRow> forward = new ArrayList<>();
        List<ElementwiseRow> elementwise = new ArrayList<>();
        List<PairedRow> paired = new ArrayList<>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String benchmark = params.getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            // Sampled benchmarks: the median time and half the interquartile range, robust on a
            // shared machine whose slowdowns only ever add time (numpy's baseline is a median too).
            Statistics samples = result.getPrimaryResult().getStatistics();
            boolean sampled = params.getMode() == Mode.SampleTime;
            double score = sampled ? samples.getPercentile(50) : result.getPrimaryResult().getScore();
            double error = sampled ? (samples.getPercentile(75) - samples.getPercentile(25)) / 2
                    : result.getPrimaryResult().getScoreError();
            double best = sampled ? samples.getMin() : score;
            if (benchmark.contains("MatMulBench") || benchmark.contains("PeerBench")) {
                Shape shape = Shape.parse(params.getParam("shape"));
                // scores are microseconds per product
                double flop = shape.flop();
                List<Double> forks = new ArrayList<>();
                List<Double> forkMedians = new ArrayList<>();
                result.getBenchmarkResults().forEach(fork -> {
                    Statistics calls = fork.getPrimaryResult().getStatistics();
                    forks.add(flop / calls.getMin() / 1e3);
                    forkMedians.add(flop / calls.getPercentile(50) / 1e3);
                });
                String kernel = benchmark.contains("PeerBench") ? params.getParam("peer") : params.getParam("kernel");
                kernels.add(new KernelRow(kernel, params.getParam("precision"),
                        Integer.parseInt(params.getParam("threads")), shape.m(), shape.k(), shape.n(),
                        flop / score / 1e3, Double.isFinite(error) ? flop / score / 1e3 * error / score : 0,
                        flop / best / 1e3, List.copyOf(forks), List.copyOf(forkMedians)));
            } else if (benchmark.contains("PeakBench")) {
                int lanes = method.equals("f32") ? peakLanes : peakLanes / 2;
                peak.put(method, peakGflops(score, lanes));
            } else if (benchmark.contains("ForwardPassBench")) {
                forward.add(new ForwardRow(params.getParam("activation"), params.getParam("precision"),
                        Integer.parseInt(params.getParam("threads")), score, finite(error), best));
            } else if (benchmark.contains("PairedBench")) {
                Map<String, Result> sums = result.getSecondaryResults();
                paired.add(PairedRow.of(params.getParam("kernel"), params.getParam("precision"),
                        Integer.parseInt(params.getParam("threads")), Shape.parse(params.getParam("shape")),
                        sums.get("pairs").getScore(), sums.get("oursNanos").getScore(),
                        sums.get("openblasNanos").getScore(), sums.get("logRatio").getScore()));
            } else if (benchmark.contains("ActivationBench") || benchmark.contains("StatisticsBench")) {
                elementwise.add(new ElementwiseRow(method, params.getParam("precision"), score, finite(error)));
            }
        }
        return new BenchResults(kernels, peak, forward, elementwise, paired, numpy, unavailablePeers);
    }

    /** PeakBench scores steps per microsecond; a step is 12 FMAs of 2 FLOP per lane. */
    static double peakGflops(double stepsPerMicrosecond, int lanes) {
        return stepsPerMicrosecond * 12 * 2 * lanes / 1e3;
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    /** numpy's GFLOPS (median call) for a shape, precision and thread count, or NaN if not measured. */
    public double numpyGflops(String precision, int threads, int m, int k, int n) {
        return numpyMatmul(precision, threads, m, k, n, "gflops");
    }

    /** numpy's GFLOPS from its fastest call, or NaN. */
    public double numpyBestGflops(String precision, int threads, int m, int k, int n) {
        return numpyMatmul(precision, threads, m, k, n, "best_gflops");
    }

    private double numpyMatmul(String precision, int threads, int m, int k, int n, String key) {
        for (NumpyBaseline.Result result : numpy) {
            if (result.threads() != threads || result.document() == null) {
                continue;
            }
            for (Map<String, Object> row : NumpyBaseline.rows(result.document(), "matmul")) {
                if (precision.equals(row.get("precision")) && NumpyBaseline.number(row, "m") == m
                        && NumpyBaseline.number(row, "k") == k && NumpyBaseline.number(row, "n") == n) {
                    return NumpyBaseline.number(row, key);
                }
            }
        }
        return Double.NaN;
    }

    /** numpy's milliseconds (median) for the 10-layer tanh pass, or NaN. */
    public double numpyForwardMillis(String precision, int threads) {
        return numpyForward(precision, threads, "seconds");
    }

    /** numpy's fastest 10-layer tanh pass in milliseconds, or NaN. */
    public double numpyBestForwardMillis(String precision, int threads) {
        return numpyForward(precision, threads, "best_seconds");
    }

    private double numpyForward(String precision, int threads, String key) {
        for (NumpyBaseline.Result result : numpy) {
            if (result.threads() != threads || result.document() == null) {
                continue;
            }
            for (Map<String, Object> row : NumpyBaseline.rows(result.document(), "forward")) {
                if (precision.equals(row.get("precision")) && row.get(key) != null) {
                    return NumpyBaseline.number(row, key) * 1e3;
                }
            }
        }
        return Double.NaN;
    }

    /** The fastest Java peer's GFLOPS (median call) on the same shape, precision and threads, or NaN. */
    public double bestJavaPeerGflops(String precision, int threads, int m, int k, int n) {
        return kernels.stream().filter(row -> Peers.JAVA.contains(row.kernel()) && row.precision().equals(precision)
                        && row.threads() == threads && row.m() == m && row.k() == k && row.n() == n)
                .mapToDouble(KernelRow::gflops).max().orElse(Double.NaN);
    }

    /** The naive kernel's GFLOPS on the same shape and precision, one thread, or NaN. */
    public double naiveGflops(String precision, int m, int k, int n) {
        for (KernelRow row : kernels) {
            if (row.kernel().equals("naive") && row.precision().equals(precision) && row.threads() == 1
                    && row.m() == m && row.k() == k && row.n() == n) {
                return row.gflops();
            }
        }
        return Double.NaN;
    }
}
