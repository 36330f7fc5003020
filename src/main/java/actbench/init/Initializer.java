package actbench.init;

import actbench.random.MatrixNormals;

/**
 * How the weights of a layer are drawn, given its fan-in and fan-out. The weights are computed in
 * double; the experiment rounds them to its precision.
 */
public interface Initializer {

    /** The name a user types and reports show: {@code xavier}, {@code he}, {@code 0.01}. */
    String name();

    /** The standard deviation of the weights of a layer with this shape. */
    double std(int fanIn, int fanOut);

    /**
     * Fills {@code w[0 .. fanIn * fanOut)}, row-major, from matrix {@code index} of the normals:
     * {@code W = randn(fanIn, fanOut) * std}, as the lecture's script.
     */
    default void fill(MatrixNormals normals, int index, double[] w, int fanIn, int fanOut) {
        int count = fanIn * fanOut;
        normals.fill(index, w, count);
        double std = std(fanIn, fanOut);
        for (int i = 0; i < count; i++) {
            w[i] *= std;
        }
    }
}
