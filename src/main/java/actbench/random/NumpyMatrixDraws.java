package actbench.random;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy's stream after {@code np.random.seed(seed)}: matrix 0, then 1, 2, ... drawn one after
 * another from a single generator, as the lecture's script does ({@code randn} for normals,
 * {@code random_sample} for uniforms).
 *
 * <p>The generator state at the start of every matrix is kept (2.5 KB each), so a matrix drawn
 * before can be drawn again without replaying the stream from the seed.
 */
public final class NumpyMatrixDraws implements MatrixDraws {

    private final NumpyRandom stream;
    private final List<NumpyRandom> startOf = new ArrayList<>();

    public NumpyMatrixDraws(long seed) {
        stream = new NumpyRandom(seed);
    }

    @Override
    public void fill(int index, double[] dst, int count, Draw draw) {
        // matrices skipped (a constant initializer) start where the stream is: they took nothing
        while (startOf.size() < index) {
            startOf.add(stream.copy());
        }
        NumpyRandom source;
        if (index == startOf.size()) {
            startOf.add(stream.copy());
            source = stream;
        } else {
            source = startOf.get(index).copy();
        }
        for (int i = 0; i < count; i++) {
            dst[i] = draw.next(source);
        }
    }

    @Override
    public String name() {
        return "numpy";
    }
}
