package actbench.random;

/**
 * The random draws of one experiment, addressed by matrix: index 0 is the input, index {@code l}
 * the weights of layer {@code l}. A matrix can be drawn again later and gives the same values, so
 * a network's weights need not be kept in memory to be reused.
 */
public interface MatrixDraws {

    /** Where a {@link Draw} takes its randomness from. */
    interface Source {
        /** A standard normal. */
        double gaussian();

        /** A double in [0, 1). */
        double uniform();
    }

    /** How one value is drawn; it may take several values from the source (rejection). */
    @FunctionalInterface
    interface Draw {
        double next(Source source);
    }

    Draw NORMAL = Source::gaussian;
    Draw UNIFORM = Source::uniform;

    /**
     * Fills {@code dst[0..count)}, row-major, with the values of matrix {@code index}, each drawn
     * by {@code draw}. A matrix that is never filled takes nothing from the generator.
     */
    void fill(int index, double[] dst, int count, Draw draw);

    /** Fills matrix {@code index} with standard normals. */
    default void fill(int index, double[] dst, int count) {
        fill(index, dst, count, NORMAL);
    }

    /** The generator's name as reports show it: {@code numpy} or {@code fast}. */
    String name();
}
