package actbench.random;

import actbench.concurrent.Workers;

/** The generators a user can choose with {@code --rng}. */
public enum Rng {
    /** numpy's legacy stream, bit-compatible, sequential. */
    NUMPY,
    /** Blocked SplittableRandom streams, filled in parallel. */
    FAST;

    public MatrixDraws draws(long seed, Workers workers) {
        return draws(seed, workers, NormalTapes.none());
    }

    /**
     * The draws of one network; numpy's streams read their normals from {@code tapes}, shared by
     * every network of the same seed. Fast draws are cheap and independent per matrix: they need none.
     */
    public MatrixDraws draws(long seed, Workers workers, NormalTapes tapes) {
        return this == NUMPY ? new NumpyMatrixDraws(tapes.forSeed(seed)) : new FastMatrixDraws(seed, workers);
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
