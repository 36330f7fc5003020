package actbench.experiment;

import actbench.init.Gain;
import actbench.input.InputSpec;
import actbench.init.Initializer;
import actbench.kernel.Activation;
import actbench.matrix.Precision;
import actbench.random.Rng;
import java.util.List;

/**
 * Everything that determines a {@code stats} run; a run is reproducible from it.
 *
 * @param warmupSeconds  time spent warming up the throughput measurement, per combination
 * @param measureSeconds time spent measuring throughput per combination; 0 skips it
 * @param gradients      also run the backward pass ({@link GradientPass})
 * @param seeds          statistics over seeds {@code seed .. seed + seeds - 1} (1: just {@code seed})
 * @param gain           multiplier on every initializer's weights ({@code --gain})
 * @param input          the batch's distribution and preprocessing ({@code --input}, {@code --preprocess})
 */
public record StatsConfig(List<Activation> activations, List<Initializer> inits, int depth, int width,
                          int batch, long seed, Rng rng, Precision precision, String kernel,
                          int threads, double warmupSeconds, double measureSeconds, boolean gradients,
                          int seeds, Gain gain, InputSpec input) {

    public StatsConfig {
        activations = List.copyOf(activations);
        inits = List.copyOf(inits);
    }

    /** This configuration with another depth, gradients on or off, and gain. */
    public StatsConfig with(int newDepth, boolean withGradients, Gain newGain) {
        return new StatsConfig(activations, inits, newDepth, width, batch, seed, rng, precision, kernel, threads,
                warmupSeconds, measureSeconds, withGradients, seeds, newGain, input);
    }

    /** Columns a packed weight matrix may add: a panel of 2 vectors of 16 floats, minus one. */
    static final int PANEL_PAD = 31;

    /** Floating-point operations of one forward pass: 2 * batch * sum(fan_in * fan_out). */
    public double flopsPerPass() {
        return 2.0 * batch * (double) width * width * depth;
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
        long activations = (long) batch * width;
        long weights = (long) width * width;
        long packed = (long) width * (width + PANEL_PAD);
        long rounded = precision == Precision.F32 ? weights : 0;
        long doubles = Math.max(activations, weights) * Double.BYTES;
        long forward = (3 * activations + packed + rounded) * precision.bytes() + doubles;
        // --seeds: up to one more forward pass per thread, the extra seeds running side by side
        long seedPasses = seeds > 1 ? Math.min(threads, seeds - 1) * forward : 0;
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
        long layers = (long) activations.size() * inits.size() * (depth + 1);
        return layers * RESULT_BYTES_PER_LAYER * (gradients ? 2 : 1);
    }
}
