package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.init.Initializer;
import actbench.kernel.Kernels;
import actbench.model.Activation;
import actbench.random.NormalTapes;
import actbench.stats.LayerStatistics;
import actbench.stats.MeanField;
import actbench.stats.SeedSpread;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * Experiment E1: a unit-gaussian batch through {@code depth} fully connected layers without bias,
 * recording the statistics of every layer, then timing the same network.
 *
 * <p>Draws follow the lecture's script: the input is matrix 0 of the generator, the weights of
 * layer {@code l} matrix {@code l}, so in numpy mode a run after {@code np.random.seed(s)} is
 * reproduced exactly. The timed passes reuse the network's packed weights when they fit in an
 * eighth of the heap, and otherwise draw each layer again (untimed), so memory need not grow with
 * depth. Runs one combination at a time (its buffers are shared by them).
 */
public final class ActivationExperiment {

    private final StatsConfig config;
    private final Kernels.Selection kernels;
    private final Workers workers;
    private final NormalTapes tapes;
    private final Map<Activation, Steadiness> steadiness = new HashMap<>();
    /**
     * The pass and the buffer the draws go to, made by the first combination and reused by the
     * others (the same shapes): 10 MB of the lecture's arrays allocated once, not eight times.
     */
    private ForwardPass pass;
    private double[] drawn;

    public ActivationExperiment(StatsConfig config, Kernels.Selection kernels, Workers workers) {
        this(config, kernels, workers, tapes(config));
    }

    /** An experiment whose numpy streams share {@code tapes} with other experiments (a sweep's gains). */
    public ActivationExperiment(StatsConfig config, Kernels.Selection kernels, Workers workers, NormalTapes tapes) {
        this.config = config;
        this.kernels = kernels;
        this.workers = workers;
        this.tapes = tapes;
    }

    /**
     * Tapes for the normals one network of {@code config} draws (the input, every layer, the
     * upstream gradient), within an eighth of the heap beyond what the run itself needs.
     */
    public static NormalTapes tapes(StatsConfig config) {
        long perNetwork = (long) config.batch() * config.width() * (config.gradients() ? 2 : 1)
                + (long) config.depth() * config.width() * config.width();
        return new NormalTapes(perNetwork, spareBytes(config) / Double.BYTES);
    }

    /**
     * Memory a run may use to save work (shared normals, a kept network): an eighth of the heap,
     * within what is left beyond the run's own needs and headroom.
     */
    private static long spareBytes(StatsConfig config) {
        long heap = Runtime.getRuntime().maxMemory();
        return Math.max(0, Math.min(heap / 8, heap - 3 * config.requiredBytes() / 2 - (64L << 20)));
    }

    /**
     * Runs one combination; {@code init} is scaled by the configured gain for this activation, and
     * the result names it so ({@code xavier*1.667}).
     */
    public RunResult run(Activation activation, Initializer init) {
        Initializer scaled = config.gain().apply(init, activation);
        LayerWeights weights = weights(scaled, config.seed(), workers);
        if (pass == null) {
            pass = ForwardPass.create(config.precision(), config.batch(), config.width(), kernels, workers,
                    config.histograms());
            drawn = drawBuffer();
        }

        LayerStatistics input = loadInput(pass, weights, drawn);
        Warmup.awaitReady(config.precision(), kernels);
        boolean timed = config.measureSeconds() > 0;
        Object[] network = timed && config.depth() * pass.packedBytes() <= spareBytes(config)
                ? new Object[config.depth()] : null;
        List<LayerStatistics> layers = layers(pass, weights, activation, drawn, network);
        Optional<Throughput> throughput = timed ? Optional.of(measure(pass, weights, activation, drawn, network))
                : Optional.empty();
        List<GradientPass.LayerGradients> gradients = config.gradients()
                ? GradientPass.run(config, activation, weights, kernels, workers) : List.of();
        return new RunResult(config, activation, scaled, kernels.matMul().name(), input, layers, throughput,
                gradients, theory(activation, weights, input),
                config.seeds() > 1 ? spread(activation, scaled, layers) : List.of());
    }

    /**
     * The mean-field prediction for these weights and this input, or empty where it does not apply
     * (weights that are not zero-mean).
     */
    private List<MeanField.Moments> theory(Activation activation, LayerWeights weights, LayerStatistics input) {
        double[] sigmas = new double[config.depth()];
        for (int l = 0; l < sigmas.length; l++) {
            sigmas[l] = weights.std(l + 1);
            if (Double.isNaN(sigmas[l])) {
                return List.of();
            }
        }
        double inputSquare = input.std() * input.std() + input.mean() * input.mean();
        return List.of(MeanField.predict(activation, sigmas, config.width(), inputSquare));
    }

    /**
     * The statistics of the same network under seeds seed+1 .. seed+N-1, with this seed's. The
     * seeds run in parallel, one per thread, each single-threaded: a seed's numbers do not depend
     * on the thread count, so each is what {@code stats --seed} alone would give.
     */
    private List<SeedSpread> spread(Activation activation, Initializer init, List<LayerStatistics> first) {
        List<List<LayerStatistics>> bySeed = new ArrayList<>(java.util.Collections.nCopies(config.seeds(), null));
        bySeed.set(0, first);
        workers.forEach(config.seeds() - 1, i -> {
            try (Workers one = Workers.single()) {
                bySeed.set(i + 1, statistics(activation, weights(init, config.seed() + i + 1, one), one));
            }
        });
        List<SeedSpread> spread = new ArrayList<>();
        for (int l = 0; l < config.depth(); l++) {
            List<LayerStatistics> layer = new ArrayList<>();
            boolean overflow = false;
            for (List<LayerStatistics> seed : bySeed) {
                layer.add(seed.get(l));
                overflow |= seed.get(l).overflow();
            }
            spread.add(overflow ? null : SeedSpread.of(layer));
        }
        return spread;
    }

    private LayerWeights weights(Initializer init, long seed, Workers threads) {
        return new LayerWeights(init, config.rng().draws(seed, threads, tapes), config.width(), config.depth());
    }

    /** The per-layer statistics of one stream (no timing). */
    private List<LayerStatistics> statistics(Activation activation, LayerWeights weights, Workers threads) {
        ForwardPass seedPass = ForwardPass.create(config.precision(), config.batch(), config.width(), kernels, threads,
                config.histograms());
        double[] seedDrawn = drawBuffer();
        loadInput(seedPass, weights, seedDrawn);
        return layers(seedPass, weights, activation, seedDrawn, null);
    }

    /** Room for the input or one layer's weights, as drawn (in double). */
    private double[] drawBuffer() {
        return new double[Math.max(config.batch() * config.width(), config.width() * config.width())];
    }

    private LayerStatistics loadInput(ForwardPass pass, LayerWeights weights, double[] drawn) {
        config.input().draw(weights.draws(), drawn, config.batch(), config.width());
        return pass.loadInput(drawn);
    }

    /**
     * Layers 1..depth after the input is loaded: draw the weights (calibrate them for LSUV), compute,
     * record; and keep each layer's packed weights in {@code network} unless it is null.
     */
    private List<LayerStatistics> layers(ForwardPass pass, LayerWeights weights, Activation activation,
                                         double[] drawn, Object[] network) {
        List<LayerStatistics> layers = new ArrayList<>(config.depth());
        for (int layer = 1; layer <= config.depth(); layer++) {
            weights.fill(layer, drawn);
            pass.loadWeights(drawn);
            if (weights.init().calibrated()) {
                Lsuv.calibrate(pass, weights, layer, drawn, config.width() * config.width());
            }
            if (network != null) {
                network[layer - 1] = pass.savePacked();
            }
            layers.add(pass.layer(activation));
        }
        return layers;
    }

    /**
     * Warms up, then times whole passes. Warming up ends once passes are {@link Steadiness steady}
     * (counting those of earlier combinations with this activation), or after {@code --warmup}
     * seconds; timing ends when the 95% confidence interval of the median pass is within
     * +-{@value #MEDIAN_PRECISION_PERCENT}% (order statistics, no assumption on the distribution),
     * after at least {@value #MIN_PASSES} passes, or after {@code --measure} seconds.
     */
    private Throughput measure(ForwardPass pass, LayerWeights weights, Activation activation, double[] drawn,
                               Object[] network) {
        Steadiness warm = steadiness.computeIfAbsent(activation, a -> new Steadiness());
        long warmupEnd = System.nanoTime() + seconds(config.warmupSeconds());
        while (!warm.steady() && System.nanoTime() < warmupEnd) {
            warm.record(timedPass(pass, weights, activation, drawn, network));
        }
        Histogram latencies = new Histogram(3);
        long spent = 0;
        long passes = 0;
        long end = System.nanoTime() + seconds(config.measureSeconds());
        do {
            long nanos = timedPass(pass, weights, activation, drawn, network);
            warm.record(nanos);
            latencies.recordValue(nanos);
            spent += nanos;
            passes++;
        } while (System.nanoTime() < end && !(passes >= MIN_PASSES && medianKnown(latencies, passes)));
        double secondsSpent = spent / 1e9;
        double gflops = passes * config.flopsPerPass() / secondsSpent / 1e9;
        return new Throughput(passes, secondsSpent, gflops, latencies);
    }

    private static final int MIN_PASSES = 10;
    private static final double MEDIAN_PRECISION_PERCENT = 1;

    /** True when the median's 95% confidence interval (ranks n/2 +- 0.98 sqrt n) is narrow enough. */
    private static boolean medianKnown(Histogram latencies, long passes) {
        double halfWidth = 98 / Math.sqrt(passes);
        if (halfWidth >= 50) {
            return false;
        }
        double lo = latencies.getValueAtPercentile(50 - halfWidth);
        double hi = latencies.getValueAtPercentile(50 + halfWidth);
        return (hi - lo) / 2 <= MEDIAN_PRECISION_PERCENT / 100 * latencies.getValueAtPercentile(50);
    }

    /**
     * One forward pass; returns the nanoseconds spent in the layers. A kept network is loaded as
     * it is; otherwise each layer's weights are drawn and packed again, untimed.
     */
    private long timedPass(ForwardPass pass, LayerWeights weights, Activation activation, double[] drawn,
                           Object[] network) {
        pass.restart();
        long nanos = 0;
        for (int layer = 1; layer <= config.depth(); layer++) {
            if (network != null) {
                pass.loadPacked(network[layer - 1]);
            } else {
                weights.fill(layer, drawn);
                pass.loadWeights(drawn);
            }
            long start = System.nanoTime();
            pass.advance(activation);
            nanos += System.nanoTime() - start;
        }
        return nanos;
    }

    private static long seconds(double seconds) {
        return (long) (seconds * 1e9);
    }
}
