package actbench.experiment;

import actbench.init.Gain;
import actbench.init.Initializer;
import actbench.init.Initializers;
import actbench.input.InputSpec;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.random.Rng;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything that determines a {@code stats} run; a run is reproducible from it. Built from
 * {@link #of} (a network, what is drawn, how it is computed) and {@code with...} for the rest:
 * the lecture's combinations, no timing, gain 1, no backward pass and histograms recorded unless
 * asked otherwise.
 *
 * @param gain       multiplier on every initializer's weights ({@code --gain})
 * @param gradients  also run the backward pass ({@link GradientPass})
 * @param histograms record every layer's histogram (what charts, CSV and JSON show; the tables do
 *                   not, and binning is half of the statistics' time)
 */
public record StatsConfig(List<Activation> activations, List<Initializer> inits, Network network, Draws draws,
                          Compute compute, Timing timing, Gain gain, boolean gradients, boolean histograms) {

    /** {@code depth} fully connected layers of {@code width} units, a batch of {@code batch} rows. */
    public record Network(int depth, int width, int batch) {
        /** The lecture's sizes as text, for the command line's defaults (annotations take constants only). */
        public static final String LECTURE_DEPTH = "10";
        public static final String LECTURE_WIDTH = "500";
        public static final String LECTURE_BATCH = "1000";
        public static final Network LECTURE = new Network(Integer.parseInt(LECTURE_DEPTH),
                Integer.parseInt(LECTURE_WIDTH), Integer.parseInt(LECTURE_BATCH));
    }

    /**
     * What is drawn: the batch's distribution and preprocessing ({@code --input}, {@code
     * --preprocess}), the generator, and seeds {@code seed .. seed + seeds - 1} (1: just {@code seed}).
     */
    public record Draws(InputSpec input, Rng rng, long seed, int seeds) {
        public static final Draws LECTURE = new Draws(InputSpec.LECTURE, Rng.NUMPY, 0, 1);
    }

    /** How it is computed; the numbers do not depend on the thread count. */
    public record Compute(Precision precision, int threads) {
    }

    /**
     * The throughput phase per combination: at most {@code warmupSeconds} warming up, at most
     * {@code measureSeconds} timing; {@link #NONE} skips it.
     */
    public record Timing(double warmupSeconds, double measureSeconds) {
        public static final Timing NONE = new Timing(0, 0);
    }

    /** The lecture's activations and initializers. */
    public static final List<Activation> LECTURE_ACTIVATIONS = List.of(Activation.TANH, Activation.RELU);
    public static final List<Initializer> LECTURE_INITS = Stream.of("0.01", "1.0", "xavier", "he")
            .map(Initializers::parse).toList();

    public StatsConfig {
        activations = List.copyOf(activations);
        inits = List.copyOf(inits);
    }

    /** The lecture's 8 combinations on {@code network}, untimed, gain 1, no backward pass, with histograms. */
    public static StatsConfig of(Network network, Draws draws, Compute compute) {
        return new StatsConfig(LECTURE_ACTIVATIONS, LECTURE_INITS, network, draws, compute, Timing.NONE, Gain.ONE,
                false, true);
    }

    public StatsConfig withCombinations(List<Activation> newActivations, List<Initializer> newInits) {
        return new StatsConfig(newActivations, newInits, network, draws, compute, timing, gain, gradients, histograms);
    }

    public StatsConfig withDepth(int depth) {
        return new StatsConfig(activations, inits, new Network(depth, width(), batch()), draws, compute, timing, gain,
                gradients, histograms);
    }

    public StatsConfig withTiming(Timing newTiming) {
        return new StatsConfig(activations, inits, network, draws, compute, newTiming, gain, gradients, histograms);
    }

    public StatsConfig withGain(Gain newGain) {
        return new StatsConfig(activations, inits, network, draws, compute, timing, newGain, gradients, histograms);
    }

    public StatsConfig withGradients(boolean backward) {
        return new StatsConfig(activations, inits, network, draws, compute, timing, gain, backward, histograms);
    }

    public StatsConfig withHistograms(boolean binned) {
        return new StatsConfig(activations, inits, network, draws, compute, timing, gain, gradients, binned);
    }

    public int depth() {
        return network.depth();
    }

    public int width() {
        return network.width();
    }

    public int batch() {
        return network.batch();
    }

    public long seed() {
        return draws.seed();
    }

    public int seeds() {
        return draws.seeds();
    }

    public Rng rng() {
        return draws.rng();
    }

    public InputSpec input() {
        return draws.input();
    }

    public Precision precision() {
        return compute.precision();
    }

    public int threads() {
        return compute.threads();
    }

    public double warmupSeconds() {
        return timing.warmupSeconds();
    }

    public double measureSeconds() {
        return timing.measureSeconds();
    }

    /** Values the statistics passes put through an activation: every layer of every network the run computes. */
    public long activatedValues() {
        return activatedValues((long) activations().size() * inits().size() * seeds(), depth(), batch(), width());
    }

    /** {@link #activatedValues()} of {@code networks} networks (combinations x seeds) of this shape. */
    public static long activatedValues(long networks, long depth, long batch, long width) {
        return networks * depth * batch * width;
    }

    /** Columns a packed weight matrix may add: a panel of 2 vectors of 16 floats, minus one. */
    static final int PANEL_PAD = 31;

    /** Floating-point operations of one forward pass: 2 * batch * sum(fan_in * fan_out). */
    public double flopsPerPass() {
        return 2.0 * batch() * (double) width() * width() * depth();
    }

    /**
     * Heap the run needs: the input and two activation buffers, the packed weight matrix (columns
     * padded up to a panel, at most {@value #PANEL_PAD} more), in float also the weights rounded
     * before packing, and the double buffer the generator fills, per forward pass running at once;
     * and the results of every layer with their report, which grow with depth.
     */
    public long requiredBytes() {
        return bufferBytes() + resultBytes();
    }

    private long bufferBytes() {
        int width = width();
        long activations = (long) batch() * width;
        long weights = (long) width * width;
        long packed = (long) width * (width + PANEL_PAD);
        long rounded = precision().compute() == Precision.F32 ? weights : 0;
        long doubles = Math.max(activations, weights) * Double.BYTES;
        long forward = (3 * activations + packed + rounded) * precision().bytes() + doubles;
        // --seeds: up to one more forward pass per thread, the extra seeds running side by side
        long seedPasses = seeds() > 1 ? Math.min(threads(), seeds() - 1) * forward : 0;
        return forward + seedPasses + (gradients ? GradientPass.requiredBytes(this) : 0);
    }

    /**
     * Bytes of one layer's results with its share of the report (tables, CSV, JSON, the charts'
     * points), per combination: 2.4 KB at the peak of depth-20000 and depth-40000 runs of the 8
     * combinations at width 2 (live heap after a collection), rounded up.
     */
    static final long RESULT_BYTES_PER_LAYER = 3 << 10;

    /** The results of every combination's layers and their report: what grows with depth. */
    private long resultBytes() {
        long layers = (long) activations.size() * inits.size() * (depth() + 1);
        return layers * RESULT_BYTES_PER_LAYER * (gradients ? 2 : 1);
    }
}
