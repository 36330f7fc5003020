package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.stats.LayerAccumulator;
import actbench.stats.LayerStatistics;

/**
 * The buffers of a forward pass in one precision: the input, two activation buffers used in turn,
 * and one weight matrix. Memory grows with batch x width, never with depth.
 *
 * <p>A layer is computed in fixed blocks of rows; each block runs the matrix product, the
 * activation and (if asked) the statistics while its rows are still in cache. Blocks are the unit
 * of parallel work and statistics merge in block order, so results do not depend on threads.
 */
public abstract class ForwardPass {

    final int batch;
    final int width;
    final Kernels.Selection kernels;
    final Workers workers;
    /** Rows per parallel task, as the kernel's tiles like them; fixed, whatever the thread count. */
    final int rowsPerTask;
    final int tasks;
    /** True while the next layer reads the input rather than the previous layer. */
    boolean atInput = true;
    /** Whether statistics record each layer's histogram. */
    private final boolean histograms;
    /** One accumulator per task and one for the total, reused by every layer: no garbage per layer. */
    private final LayerAccumulator[] partial;
    private final LayerAccumulator total;

    ForwardPass(Precision precision, int batch, int width, Kernels.Selection kernels, Workers workers,
                boolean histograms) {
        this.batch = batch;
        this.width = width;
        this.kernels = kernels;
        this.workers = workers;
        this.histograms = histograms;
        this.total = accumulator();
        this.rowsPerTask = kernels.matMul().rowBlock(precision);
        this.tasks = (batch + rowsPerTask - 1) / rowsPerTask;
        this.partial = new LayerAccumulator[tasks];
        for (int t = 0; t < tasks; t++) {
            partial[t] = accumulator();
        }
    }

    /**
     * A pass storing its values in {@code precision} ({@code bf16} and {@code f16} compute in float),
     * whose statistics record each layer's histogram if {@code histograms}.
     */
    public static ForwardPass create(Precision precision, int batch, int width, Kernels.Selection kernels,
                                     Workers workers, boolean histograms) {
        return precision == Precision.F64
                ? new DoubleForwardPass(batch, width, kernels, workers, histograms)
                : new FloatForwardPass(precision, batch, width, kernels, workers, histograms);
    }

    /** A new accumulator for this pass's statistics. */
    LayerAccumulator accumulator() {
        return new LayerAccumulator(histograms, kernels.census());
    }

    /**
     * Stores the input (batch x width values, rounded to this precision) and returns its statistics,
     * with the values that sank below a 16-bit format's normal range on the way.
     */
    public abstract LayerStatistics loadInput(double[] values);

    /**
     * Stores the weights of the next layer (width x width values, rounded to this precision) in the
     * layout the kernel reads.
     */
    public abstract void loadWeights(double[] values);

    /**
     * A copy of the weights loaded now, in the kernel's layout, for {@link #loadPacked}: a network
     * kept this way is timed without drawing, rounding or packing anything.
     */
    public abstract Object savePacked();

    /** Makes {@code packed} (from {@link #savePacked}) the next layer's weights, without copying. */
    public abstract void loadPacked(Object packed);

    /** Bytes of one {@link #savePacked} copy. */
    public abstract long packedBytes();

    /** Computes the next layer, {@code H = act(X @ W)}, and returns its statistics. */
    public LayerStatistics layer(Activation activation) {
        LayerStatistics statistics = compute(activation, true);
        next();
        return statistics;
    }

    /** Computes the next layer without statistics: what a timed pass runs. */
    public void advance(Activation activation) {
        compute(activation, false);
        next();
    }

    private void next() {
        swap();
        atInput = false;
    }

    /**
     * The statistics of {@code X @ W} for the weights loaded, without making it the next layer:
     * what LSUV calibrates on.
     */
    public LayerStatistics preActivation() {
        return compute(Activation.LINEAR, true);
    }

    private LayerStatistics compute(Activation activation, boolean withStatistics) {
        workers.forEach(tasks, t -> {
            int underflows = computeRows(activation, rowFrom(t), rowTo(t));
            if (withStatistics) {
                partial[t].reset();
                accumulate(partial[t], rowFrom(t) * width, rowTo(t) * width);
                partial[t].addUnderflows(underflows);
            }
        });
        if (!withStatistics) {
            return null;
        }
        total.reset();
        for (LayerAccumulator part : partial) {
            total.merge(part);
        }
        return total.result();
    }

    /**
     * Rows {@code [from, to)} of the next layer: matrix product, then activation, in place, then
     * rounding to a 16-bit storage format if the pass has one.
     *
     * @return the values that sank below that format's normal range (0 without one)
     */
    abstract int computeRows(Activation activation, int from, int to);

    /** Adds values {@code [from, to)} of the layer just computed to {@code statistics}. */
    abstract void accumulate(LayerAccumulator statistics, int from, int to);

    /** The layer just computed becomes the input of the next one. */
    abstract void swap();

    /** The next layer reads the input again. */
    public void restart() {
        atInput = true;
    }

    int rowFrom(int task) {
        return task * rowsPerTask;
    }

    int rowTo(int task) {
        return Math.min(batch, (task + 1) * rowsPerTask);
    }
}
