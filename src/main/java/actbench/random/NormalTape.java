package actbench.random;

/**
 * The first standard normals of numpy's stream after {@code np.random.seed(seed)}, drawn once and
 * read by every network of a run that starts from that seed. The lecture's eight combinations
 * reseed and draw the same normals (the input, then each layer's weights), differing only in the
 * scale applied afterwards; drawing them once instead of eight times saved more than the whole
 * matrix arithmetic of the job. Holds at most {@code capacity} values; thread-safe.
 */
public final class NormalTape {

    /** Normals per call of the generator's fill (see {@link #draw}). */
    private static final int DRAW_CHUNK = 4096;

    private final long seed;
    private final int capacity;
    /** The stream just after the last value on the tape. */
    private final NumpyRandom stream;
    private double[] values = new double[0];
    private int size;

    NormalTape(long seed, int capacity) {
        this.seed = seed;
        this.capacity = capacity;
        this.stream = new NumpyRandom(seed);
    }

    /** True if {@code count} normals from position {@code offset} fit on the tape. */
    boolean holds(long offset, int count) {
        return offset + count <= capacity;
    }

    /** Copies normals {@code [offset, offset + count)} of the stream into {@code dst}; {@link #holds} must be true. */
    synchronized void read(long offset, double[] dst, int count) {
        draw((int) offset + count);
        System.arraycopy(values, (int) offset, dst, 0, count);
    }

    /** Draws the first {@code count} normals (at most the capacity), unless the tape holds them already. */
    private void draw(long count) {
        int upTo = (int) Math.min(count, capacity);
        if (upTo <= size) {
            return;
        }
        if (upTo > values.length) {
            // the whole capacity at once: a network reads every normal it has a place for, and
            // growing by doubling copied and collected 1.8x the tape (the large job's first
            // combination stalled 0.1 s at its last copy) and held 1.5x its memory while copying
            values = java.util.Arrays.copyOf(values, capacity);
        }
        // in calls of DRAW_CHUNK values: without on-stack replacement (run.sh's stats) C2 compiles
        // a method after enough calls, and one call per matrix drew the lecture's first seven
        // layers at a third of the speed
        while (size < upTo) {
            int end = Math.min(upTo, size + DRAW_CHUNK);
            stream.fillGaussian(values, size, end);
            size = end;
        }
    }

    /** numpy's generator positioned right after the first {@code offset} normals. */
    synchronized NumpyRandom streamAt(long offset) {
        if (offset == size) {
            return stream.copy();
        }
        NumpyRandom replay = new NumpyRandom(seed);
        for (long i = 0; i < offset; i++) {
            replay.nextGaussian();
        }
        return replay;
    }
}
