package actbench.random;

import actbench.concurrent.Workers;

/** The generators a user can choose with {@code --rng}. */
public enum Rng {
    /** numpy's legacy stream, bit-compatible, sequential. */
    NUMPY,
    /** Blocked SplittableRandom streams, filled in parallel. */
    FAST;

    public MatrixDraws draws(long seed, Workers workers) {
        return this == NUMPY ? new NumpyMatrixDraws(seed) : new FastMatrixDraws(seed, workers);
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
