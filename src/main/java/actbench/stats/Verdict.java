package actbench.stats;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * One word for how a signal travels through the layers: does it keep its spread, shrink towards
 * zero, grow without bound, or sit in the flat tails of the activation?
 */
public enum Verdict {
    STABLE, VANISHES, EXPLODES, SATURATES, OVERFLOWS;

    /**
     * The last layer's std over the first's below which the signal counts as vanished: a tenth,
     * over the whole trajectory, so 100,000 layers that each lose a little add up (a per-layer
     * threshold called 0.95 -> 1.5e-4 stable). On the lecture's 10 layers it is the old per-layer
     * 0.8 (0.8^9 ~ 0.13) to within the lecture's margins.
     */
    static final double SHRINK = 0.1;
    /** The last layer's std over the first's above which it counts as exploding. */
    static final double GROW = 10;
    /** Saturated fraction of the last layer above which it counts as saturated. */
    static final double SATURATED = 0.5;
    /** Share of a layer's values stored as zero or subnormal above which the layer has underflowed. */
    public static final double UNDERFLOWED = 0.5;

    /**
     * Classifies a run from its per-layer statistics (layer 1 first).
     *
     * @param saturable whether {@code |h| > 0.99} means saturated for this activation: tanh's flat
     *                  tails, where gradients die; not relu's or linear's, which have no bound
     */
    public static Verdict of(List<LayerStatistics> layers, boolean saturable) {
        if (layers.stream().anyMatch(LayerStatistics::overflow)) {
            return OVERFLOWS;
        }
        LayerStatistics first = layers.get(0);
        LayerStatistics last = layers.get(layers.size() - 1);
        double ratio = first.std() == 0 ? 1 : last.std() / first.std();
        if (ratio > GROW) {
            return EXPLODES;
        }
        // Checked before shrinking: a saturated tanh keeps its std and still passes no gradient.
        if (saturable && last.saturatedFraction() > SATURATED) {
            return SATURATES;
        }
        if (ratio < SHRINK || last.std() == 0) {
            return VANISHES;
        }
        return STABLE;
    }

    /** The first layer (1-based) whose values overflowed, if any did. */
    public static OptionalInt firstOverflow(List<LayerStatistics> layers) {
        return firstLayer(layers, LayerStatistics::overflow);
    }

    /**
     * The first layer (1-based) where more than {@link #UNDERFLOWED} of the values sank below a
     * 16-bit format's normal range when stored, if any did.
     */
    public static OptionalInt firstUnderflow(List<LayerStatistics> layers) {
        return firstLayer(layers, layer -> layer.underflowFraction() > UNDERFLOWED);
    }

    /** The first layer (1-based) that {@code test} accepts. */
    private static OptionalInt firstLayer(List<LayerStatistics> layers, Predicate<LayerStatistics> test) {
        return IntStream.range(0, layers.size()).filter(i -> test.test(layers.get(i))).map(i -> i + 1).findFirst();
    }

    /**
     * Whether a std that went from 1 to {@code ratio} over the layers neither vanished nor exploded
     * by these thresholds (NaN, an overflow, does not).
     */
    public static boolean keepsSpread(double ratio) {
        return ratio >= SHRINK && ratio <= GROW;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
