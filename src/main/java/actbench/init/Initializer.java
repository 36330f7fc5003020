package actbench.init;

import actbench.random.MatrixDraws;

/**
 * How the weights of a layer are drawn, given its fan-in and fan-out. The weights are computed in
 * double; the experiment rounds them to its precision.
 */
public interface Initializer {

    /** The name a user types and reports show: {@code xavier}, {@code orthogonal:1.2}, {@code 0.01}. */
    String name();

    /**
     * The standard deviation of the weights of a layer with this shape, which the mean-field theory
     * uses; NaN when the weights are not zero-mean (a nonzero constant), where it does not apply.
     */
    double std(int fanIn, int fanOut);

    /** Fills {@code w[0 .. fanIn * fanOut)}, row-major, from matrix {@code index} of the draws. */
    void fill(MatrixDraws draws, int index, double[] w, int fanIn, int fanOut);

    /**
     * True for LSUV: the experiment rescales each layer's weights on the batch after drawing them
     * ({@code actbench.experiment.Lsuv}).
     */
    default boolean calibrated() {
        return false;
    }
}
