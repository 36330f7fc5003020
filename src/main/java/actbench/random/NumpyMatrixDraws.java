package actbench.random;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy's stream after {@code np.random.seed(seed)}: matrix 0, then 1, 2, ... drawn one after
 * another from a single generator, as the lecture's script does ({@code randn} for normals,
 * {@code random_sample} for uniforms).
 *
 * <p>While every matrix so far took standard normals, they are read from the seed's
 * {@link NormalTape}, which other networks of the run share; the first other draw (a uniform, a
 * rejection) continues from a generator positioned where the tape left off, exactly as one
 * sequential stream would. Where every matrix starts is kept (a tape position, or the generator
 * state: 2.5 KB), so a matrix drawn before can be drawn again without replaying the stream.
 */
public final class NumpyMatrixDraws implements MatrixDraws {

    private final NormalTape tape;
    /** Position on the tape while only normals were drawn; the generator takes over after. */
    private long tapePosition;
    private NumpyRandom stream;
    private final List<Start> startOf = new ArrayList<>();

    /** Where a matrix starts: a tape position, or (state not null) a generator state. */
    private record Start(long tapePosition, NumpyRandom state) {
    }

    /** A stream of its own, sharing nothing. */
    public NumpyMatrixDraws(long seed) {
        this(NormalTapes.none().forSeed(seed));
    }

    /** A stream that reads its normals from {@code tape} as far as the tape holds them. */
    public NumpyMatrixDraws(NormalTape tape) {
        this.tape = tape;
    }

    @Override
    public void fill(int index, double[] dst, int count, Draw draw) {
        // matrices skipped (a constant initializer) start where the stream is: they took nothing
        while (startOf.size() < index) {
            startOf.add(here());
        }
        if (index < startOf.size()) {
            redraw(startOf.get(index), dst, count, draw);
        } else if (stream == null && draw == NORMAL && tape.holds(tapePosition, count)) {
            startOf.add(new Start(tapePosition, null));
            tape.read(tapePosition, dst, count);
            tapePosition += count;
        } else {
            startOf.add(here());
            NumpyRandom source = generator();
            for (int i = 0; i < count; i++) {
                dst[i] = draw.next(source);
            }
        }
    }

    private void redraw(Start start, double[] dst, int count, Draw draw) {
        boolean onTape = start.state() == null;
        if (onTape && draw == NORMAL && tape.holds(start.tapePosition(), count)) {
            tape.read(start.tapePosition(), dst, count);
            return;
        }
        NumpyRandom source = onTape ? tape.streamAt(start.tapePosition()) : start.state().copy();
        for (int i = 0; i < count; i++) {
            dst[i] = draw.next(source);
        }
    }

    /** Where the next new matrix starts. */
    private Start here() {
        return new Start(tapePosition, stream == null ? null : stream.copy());
    }

    private NumpyRandom generator() {
        if (stream == null) {
            stream = tape.streamAt(tapePosition);
        }
        return stream;
    }

    @Override
    public String name() {
        return "numpy";
    }
}
