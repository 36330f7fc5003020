package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.kernel.Kernels;
import actbench.kernel.ParallelMatMul;
import actbench.matrix.Matrices;
import actbench.model.Activation;
import actbench.random.MatrixDraws;
import actbench.stats.LayerAccumulator;
import actbench.stats.LayerStatistics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lecture's question, "what do the gradients look like?": a backward pass through the E1
 * network. The upstream gradient {@code dL/dH_L} is a unit-gaussian matrix (batch x width), drawn
 * from the same stream right after the last weights (in numpy mode: the next {@code randn}), as
 * if the loss were a random linear function of the output. Then for each layer, from the last:
 * {@code dZ = dH * act'(Z)} ({@link Activation#derivative}), {@code dW = X^T @ dZ},
 * {@code dX = dZ @ W^T}. Computed in float64 whatever {@code --precision} says, so it matches
 * numpy; all activations are kept, so memory grows with depth here (and only here).
 */
public final class GradientPass {

    /** Statistics of dL/dH (the layer's output) and dL/dW (its weights). */
    public record LayerGradients(LayerStatistics dh, LayerStatistics dw) {
    }

    private GradientPass() {
    }

    /** Extra heap that {@code --gradients} needs: every activation plus the backward buffers. */
    public static long requiredBytes(StatsConfig config) {
        long activations = (long) config.batch() * config.width();
        long weights = (long) config.width() * config.width();
        return ((config.depth() + 6L) * activations + 3 * weights) * Double.BYTES;
    }

    static List<LayerGradients> run(StatsConfig config, Activation activation, LayerWeights network,
                                    Kernels.Selection kernels, Workers workers) {
        int b = config.batch();
        int w = config.width();
        int depth = config.depth();
        MatrixDraws draws = network.draws();
        ParallelMatMul gemm = new ParallelMatMul(kernels.matMul(), workers);
        // z[l] = H[l-1] @ W[l], the pre-activations: every activation's derivative is a function of them.
        double[][] z = new double[depth + 1][];
        double[] input = new double[b * w];
        config.input().draw(draws, input, b, w);
        double[] h = new double[b * w];
        double[] weights = new double[w * w];
        for (int l = 1; l <= depth; l++) {
            network.fill(l, weights);
            z[l] = new double[b * w];
            gemm.multiply(l == 1 ? input : h, weights, z[l], b, w, w);
            System.arraycopy(z[l], 0, h, 0, b * w);
            kernels.activation().apply(activation, h, 0, b * w);
        }
        double[] dh = new double[b * w];
        draws.fill(depth + 1, dh, b * w);
        double[] dz = new double[b * w];
        double[] spare = new double[b * w]; // dL/dH of the layer below, swapped with dh: nothing allocated per layer
        double[] dw = new double[w * w];
        double[] transposed = new double[Math.max(b * w, w * w)];
        List<LayerGradients> gradients = new ArrayList<>();
        for (int l = depth; l >= 1; l--) {
            for (int i = 0; i < dz.length; i++) {
                dz[i] = dh[i] * activation.derivative(z[l][i]);
            }
            z[l] = null; // done with it
            if (l > 1) { // H[l-1] = act(z[l-1]), recomputed into the buffer h
                System.arraycopy(z[l - 1], 0, h, 0, b * w);
                kernels.activation().apply(activation, h, 0, b * w);
            }
            Matrices.transpose(l > 1 ? h : input, b, w, transposed);
            gemm.multiply(transposed, dz, dw, w, b, w);
            gradients.add(new LayerGradients(statistics(dh), statistics(dw)));
            if (l > 1) {
                network.fill(l, weights);
                Matrices.transpose(weights, w, w, transposed);
                gemm.multiply(dz, transposed, spare, b, w, w);
                double[] below = spare;
                spare = dh;
                dh = below;
            }
        }
        Collections.reverse(gradients);
        return gradients;
    }

    private static LayerStatistics statistics(double[] values) {
        LayerAccumulator accumulator = new LayerAccumulator();
        accumulator.add(values, 0, values.length);
        return accumulator.result();
    }
}
