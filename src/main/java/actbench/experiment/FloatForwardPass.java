package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.kernel.Activation;
import actbench.kernel.Kernels;
import actbench.stats.LayerAccumulator;
import actbench.stats.LayerStatistics;

/** {@link ForwardPass} in float: the same doubles are drawn, then rounded to float. */
final class FloatForwardPass extends ForwardPass {

    private final float[] input;
    private float[] previous;
    private float[] next;
    private final float[] weights;

    FloatForwardPass(int batch, int width, Kernels.Selection kernels, Workers workers) {
        super(batch, width, kernels, workers);
        input = new float[batch * width];
        previous = new float[batch * width];
        next = new float[batch * width];
        weights = new float[width * width];
    }

    @Override
    LayerStatistics loadInput(double[] values) {
        round(values, input);
        LayerAccumulator stats = new LayerAccumulator();
        stats.add(input, 0, input.length);
        restart();
        return stats.result();
    }

    @Override
    void loadWeights(double[] values) {
        round(values, weights);
    }

    private static void round(double[] from, float[] to) {
        for (int i = 0; i < to.length; i++) {
            to[i] = (float) from[i];
        }
    }

    @Override
    LayerStatistics layer(Activation activation, boolean withStatistics) {
        float[] x = atInput ? input : previous;
        float[] h = next;
        LayerAccumulator[] partial = accumulators(withStatistics);
        workers.forEach(tasks, t -> {
            int from = rowFrom(t) * width;
            int to = rowTo(t) * width;
            kernels.matMul().multiplyRows(x, weights, h, width, width, rowFrom(t), rowTo(t));
            kernels.activation().apply(activation, h, from, to);
            if (partial != null) {
                partial[t].add(h, from, to);
            }
        });
        next = previous;
        previous = h;
        atInput = false;
        return merged(partial);
    }
}
