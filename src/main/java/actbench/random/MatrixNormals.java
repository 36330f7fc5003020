package actbench.random;

/**
 * The standard normal draws of one experiment, addressed by matrix: index 0 is the input, index
 * {@code l} the weights of layer {@code l}. A matrix can be drawn again later and gives the same
 * values, so a network's weights need not be kept in memory to be reused.
 */
public interface MatrixNormals {

    /** Fills {@code dst[0..count)} with the row-major standard normals of matrix {@code index}. */
    void fill(int index, double[] dst, int count);

    /** The generator's name as reports show it: {@code numpy} or {@code fast}. */
    String name();
}
