package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.kernel.Kernels;
import actbench.kernel.ParallelMatMul;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.stats.LayerAccumulator;
import actbench.stats.LayerStatistics;

/**
 * {@link ForwardPass} in float: the same doubles are drawn, then rounded to float. With a 16-bit
 * storage format ({@code bf16}, {@code f16}) every stored value is rounded on to that format: the
 * input, the weights before they are packed, and each layer's activations as its rows are
 * computed (the product accumulates in float, the activation is applied to the float sum).
 */
final class FloatForwardPass extends ForwardPass {

    /** F32, or the 16-bit format the values are stored in. */
    private final Precision storage;
    private final float[] input;
    private float[] previous;
    private float[] next;
    /** What the kernel reads: {@link #packed}, or a copy saved earlier. */
    private float[] weights;
    private final float[] packed;
    private final float[] rounded;

    FloatForwardPass(Precision storage, int batch, int width, Kernels.Selection kernels, Workers workers,
                     boolean histograms) {
        super(Precision.F32, batch, width, kernels, workers, histograms);
        this.storage = storage;
        input = new float[batch * width];
        previous = new float[batch * width];
        next = new float[batch * width];
        packed = new float[kernels.matMul().packedLength(Precision.F32, width, width)];
        weights = packed;
        rounded = new float[width * width];
    }

    @Override
    public LayerStatistics loadInput(double[] values) {
        round(values, input);
        LayerAccumulator stats = accumulator();
        stats.addUnderflows(store(input, 0, input.length));
        stats.add(input, 0, input.length);
        restart();
        return stats.result();
    }

    @Override
    public void loadWeights(double[] values) {
        round(values, rounded);
        store(rounded, 0, rounded.length);
        ParallelMatMul.pack(kernels.matMul(), workers, rounded, width, width, packed);
        weights = packed;
    }

    private static void round(double[] from, float[] to) {
        for (int i = 0; i < to.length; i++) {
            to[i] = (float) from[i];
        }
    }

    /** Rounds {@code x[from, to)} to the storage format, if narrower than float; returns the underflows. */
    private int store(float[] x, int from, int to) {
        return storage.rounded() ? kernels.rounding().round(storage, x, from, to) : 0;
    }

    @Override
    public Object savePacked() {
        return weights.clone();
    }

    @Override
    public void loadPacked(Object saved) {
        weights = (float[]) saved;
    }

    @Override
    public long packedBytes() {
        return (long) packed.length * Precision.F32.bytes();
    }

    @Override
    int computeRows(Activation activation, int from, int to) {
        float[] x = atInput ? input : previous;
        kernels.matMul().multiplyRows(x, weights, next, width, width, from, to);
        kernels.activation().apply(activation, next, from * width, to * width);
        return store(next, from * width, to * width);
    }

    @Override
    void accumulate(LayerAccumulator statistics, int from, int to) {
        statistics.add(next, from, to);
    }

    @Override
    void swap() {
        float[] computed = next;
        next = previous;
        previous = computed;
    }
}
