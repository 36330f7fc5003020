package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.init.Initializer;
import actbench.kernel.Activation;
import actbench.kernel.Kernels;
import actbench.random.MatrixNormals;
import actbench.stats.LayerStatistics;
import actbench.stats.MeanField;
import actbench.stats.SeedSpread;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Experiment E1: a unit-gaussian batch through {@code depth} fully connected layers without bias,
 * recording the statistics of every layer, then timing the same network.
 *
 * <p>Draws follow the lecture's script: the input is matrix 0 of the generator, the weights of
 * layer {@code l} matrix {@code l}, so in numpy mode a run after {@code np.random.seed(s)} is
 * reproduced exactly. Weights are drawn again for each timed pass instead of being kept, so memory
 * does not grow with depth; drawing them is not timed.
 */
public final class ActivationExperiment {

    private final StatsConfig config;
    private final Kernels.Selection kernels;
    private final Workers workers;

    public ActivationExperiment(StatsConfig config, Kernels.Selection kernels, Workers workers) {
        this.config = config;
        this.kernels = kernels;
        this.workers = workers;
    }

    public RunResult run(Activation activation, Initializer init) {
        int width = config.width();
        int depth = config.depth();
        MatrixNormals normals = config.rng().normals(config.seed(), workers);
        ForwardPass pass = ForwardPass.create(config.precision(), config.batch(), width, kernels, workers);
        double[] drawn = new double[Math.max(config.batch() * width, width * width)];

        normals.fill(0, drawn, config.batch() * width);
        LayerStatistics input = pass.loadInput(drawn);
        List<LayerStatistics> layers = layers(pass, normals, init, activation, drawn);
        Throughput throughput = config.measureSeconds() > 0
                ? measure(pass, normals, init, activation, drawn) : null;
        List<GradientPass.LayerGradients> gradients = config.gradients()
                ? GradientPass.run(config, activation, init, kernels, workers) : null;
        double[] sigmas = new double[depth];
        java.util.Arrays.fill(sigmas, init.std(width, width));
        List<MeanField.Moments> theory = List.of(MeanField.predict(activation, sigmas, width));
        return new RunResult(config, activation, init, kernels.matMul().name(), input, layers, throughput,
                gradients, theory, config.seeds() > 1 ? spread(activation, init, layers) : null);
    }

    /** The statistics of the same network under seeds seed+1 .. seed+N-1, with this seed's. */
    private List<SeedSpread> spread(Activation activation, Initializer init, List<LayerStatistics> first) {
        List<List<LayerStatistics>> bySeed = new ArrayList<>();
        bySeed.add(first);
        for (int i = 1; i < config.seeds(); i++) {
            bySeed.add(statistics(activation, init, config.rng().normals(config.seed() + i, workers)));
        }
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

    /** The per-layer statistics of one stream (no timing). */
    private List<LayerStatistics> statistics(Activation activation, Initializer init, MatrixNormals normals) {
        int width = config.width();
        ForwardPass pass = ForwardPass.create(config.precision(), config.batch(), width, kernels, workers);
        double[] drawn = new double[Math.max(config.batch() * width, width * width)];
        normals.fill(0, drawn, config.batch() * width);
        pass.loadInput(drawn);
        return layers(pass, normals, init, activation, drawn);
    }

    /** Layers 1..depth after the input is loaded: draw the weights, compute, record. */
    private List<LayerStatistics> layers(ForwardPass pass, MatrixNormals normals, Initializer init,
                                         Activation activation, double[] drawn) {
        int width = config.width();
        List<LayerStatistics> layers = new ArrayList<>(config.depth());
        for (int layer = 1; layer <= config.depth(); layer++) {
            init.fill(normals, layer, drawn, width, width);
            pass.loadWeights(drawn);
            layers.add(pass.layer(activation, true));
        }
        return layers;
    }

    /** Warm up, then time whole passes until the budget is spent (at least one pass). */
    private Throughput measure(ForwardPass pass, MatrixNormals normals, Initializer init,
                               Activation activation, double[] drawn) {
        long warmupEnd = System.nanoTime() + seconds(config.warmupSeconds());
        while (System.nanoTime() < warmupEnd) {
            timedPass(pass, normals, init, activation, drawn);
        }
        Histogram latencies = new Histogram(3);
        long spent = 0;
        long passes = 0;
        long end = System.nanoTime() + seconds(config.measureSeconds());
        do {
            long nanos = timedPass(pass, normals, init, activation, drawn);
            latencies.recordValue(nanos);
            spent += nanos;
            passes++;
        } while (System.nanoTime() < end);
        double secondsSpent = spent / 1e9;
        double gflops = passes * config.flopsPerPass() / secondsSpent / 1e9;
        return new Throughput(passes, secondsSpent, gflops, latencies);
    }

    /** One forward pass; returns the nanoseconds spent in the layers, not in drawing weights. */
    private long timedPass(ForwardPass pass, MatrixNormals normals, Initializer init,
                           Activation activation, double[] drawn) {
        int width = config.width();
        pass.restart();
        long nanos = 0;
        for (int layer = 1; layer <= config.depth(); layer++) {
            init.fill(normals, layer, drawn, width, width);
            pass.loadWeights(drawn);
            long start = System.nanoTime();
            pass.layer(activation, false);
            nanos += System.nanoTime() - start;
        }
        return nanos;
    }

    private static long seconds(double seconds) {
        return (long) (seconds * 1e9);
    }
}
