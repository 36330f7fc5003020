package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.kernel.Kernels;
import actbench.kernel.ParallelMatMul;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.stats.LayerAccumulator;
import actbench.stats.LayerStatistics;

/** {@link ForwardPass} in double, numpy's precision. */
final class DoubleForwardPass extends ForwardPass {

    private final double[] input;
    private double[] previous;
    private double[] next;
    /** What the kernel reads: {@link #packed}, or a copy saved earlier. */
    private double[] weights;
    private final double[] packed;

    DoubleForwardPass(int batch, int width, Kernels.Selection kernels, Workers workers, boolean histograms) {
        super(Precision.F64, batch, width, kernels, workers, histograms);
        input = new double[batch * width];
        previous = new double[batch * width];
        next = new double[batch * width];
        packed = new double[kernels.matMul().packedLength(Precision.F64, width, width)];
        weights = packed;
    }

    @Override
    public LayerStatistics loadInput(double[] values) {
        System.arraycopy(values, 0, input, 0, input.length);
        LayerAccumulator stats = accumulator();
        stats.add(input, 0, input.length);
        restart();
        return stats.result();
    }

    @Override
    public void loadWeights(double[] values) {
        ParallelMatMul.pack(kernels.matMul(), workers, values, width, width, packed);
        weights = packed;
    }

    @Override
    public Object savePacked() {
        return weights.clone();
    }

    @Override
    public void loadPacked(Object saved) {
        weights = (double[]) saved;
    }

    @Override
    public long packedBytes() {
        return (long) packed.length * Precision.F64.bytes();
    }

    @Override
    int computeRows(Activation activation, int from, int to) {
        double[] x = atInput ? input : previous;
        kernels.matMul().multiplyRows(x, weights, next, width, width, from, to);
        kernels.activation().apply(activation, next, from * width, to * width);
        return 0;
    }

    @Override
    void accumulate(LayerAccumulator statistics, int from, int to) {
        statistics.add(next, from, to);
    }

    @Override
    void swap() {
        double[] computed = next;
        next = previous;
        previous = computed;
    }
}
