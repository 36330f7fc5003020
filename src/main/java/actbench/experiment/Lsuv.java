package actbench.experiment;

import actbench.matrix.Matrices;

/**
 * LSUV, "All you need is a good init" (Mishkin and Matas 2015): starting from orthogonal weights,
 * scale each layer, in order, by 1 / sqrt(Var(X W)) measured on the batch until the variance of its
 * pre-activations is within {@value #TOLERANCE} of 1, at most {@value #MAX_ITERATIONS} times (the
 * paper's values). The pre-activations are linear in the weights, so one step usually suffices.
 */
final class Lsuv {

    static final double TOLERANCE = 0.1;
    static final int MAX_ITERATIONS = 10;

    private Lsuv() {
    }

    /**
     * Calibrates layer {@code layer}, whose weights {@code drawn} are loaded in {@code pass}; on
     * return the scaled weights are loaded and recorded in {@code weights}.
     */
    static void calibrate(ForwardPass pass, LayerWeights weights, int layer, double[] drawn, int count) {
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double std = pass.preActivation().std();
            double variance = std * std;
            // nothing to calibrate on: an input of zeros, or an overflow
            if (!(variance > 0) || !Double.isFinite(variance) || Math.abs(variance - 1) < TOLERANCE) {
                return;
            }
            double by = 1 / std;
            Matrices.scale(drawn, count, by);
            weights.rescale(layer, by);
            pass.loadWeights(drawn);
        }
    }
}
