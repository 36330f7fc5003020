package actbench.random;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy's stream after {@code np.random.seed(seed)}: matrix 0, then 1, 2, ... drawn one after
 * another from a single generator, as the lecture's script does.
 *
 * <p>The generator state at the start of every matrix is kept (2.5 KB each), so a matrix drawn
 * before can be drawn again without replaying the stream from the seed.
 */
public final class NumpyMatrixNormals implements MatrixNormals {

    private final NumpyRandom stream;
    private final List<NumpyRandom> startOf = new ArrayList<>();

    public NumpyMatrixNormals(long seed) {
        stream = new NumpyRandom(seed);
    }

    @Override
    public void fill(int index, double[] dst, int count) {
        if (index == startOf.size()) {
            startOf.add(stream.copy());
            stream.fillGaussian(dst, count);
        } else if (index < startOf.size()) {
            startOf.get(index).copy().fillGaussian(dst, count);
        } else {
            throw new IllegalStateException("numpy's stream draws matrices in order: asked for "
                    + index + " before " + startOf.size());
        }
    }

    @Override
    public String name() {
        return "numpy";
    }
}
