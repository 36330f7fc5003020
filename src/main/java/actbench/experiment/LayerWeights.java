package actbench.experiment;

import actbench.init.Initializer;
import actbench.matrix.Matrices;
import actbench.random.MatrixDraws;
import java.util.Arrays;

/**
 * The weights of one network: layer {@code l} is matrix {@code l} of the draws through the
 * initializer, times a per-layer factor that LSUV calibrates (1 otherwise). Any layer can be
 * drawn again with the same values, so the network is never kept in memory.
 */
final class LayerWeights {

    private final Initializer init;
    private final MatrixDraws draws;
    private final int width;
    private final double[] factor;

    LayerWeights(Initializer init, MatrixDraws draws, int width, int depth) {
        this.init = init;
        this.draws = draws;
        this.width = width;
        this.factor = new double[depth + 1];
        Arrays.fill(factor, 1);
    }

    /** Fills {@code w} with layer {@code layer}'s width x width weights. */
    void fill(int layer, double[] w) {
        init.fill(draws, layer, w, width, width);
        if (factor[layer] != 1) {
            Matrices.scale(w, width * width, factor[layer]);
        }
    }

    /** Records that layer {@code layer}'s weights are multiplied by {@code by} from now on. */
    void rescale(int layer, double by) {
        factor[layer] *= by;
    }

    /** The std of layer {@code layer}'s weights as the theory sees them; NaN where it does not apply. */
    double std(int layer) {
        return init.std(width, width) * factor[layer];
    }

    Initializer init() {
        return init;
    }

    /** The generator, for the matrices that are not weights (the input, the upstream gradient). */
    MatrixDraws draws() {
        return draws;
    }
}
