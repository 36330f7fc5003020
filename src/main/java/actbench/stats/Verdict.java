package actbench.stats;

import java.util.List;
import java.util.Locale;

/**
 * One word for how a signal travels through the layers: does it keep its spread, shrink towards
 * zero, grow without bound, or sit in the flat tails of the activation?
 */
public enum Verdict {
    STABLE, VANISHES, EXPLODES, SATURATES, OVERFLOWS;

    /** Mean factor per layer below which the std counts as vanishing (0.8^10 ~ 0.1). */
    static final double SHRINK = 0.8;
    /** Mean factor per layer above which the std counts as exploding. */
    static final double GROW = 1.25;
    /** Saturated fraction of the last layer above which it counts as saturated. */
    static final double SATURATED = 0.5;

    /** Classifies a run from its per-layer statistics (layer 1 first). */
    public static Verdict of(List<LayerStatistics> layers) {
        if (layers.stream().anyMatch(LayerStatistics::overflow)) {
            return OVERFLOWS;
        }
        LayerStatistics first = layers.get(0);
        LayerStatistics last = layers.get(layers.size() - 1);
        double perLayer = layers.size() == 1 || first.std() == 0
                ? 1 : Math.pow(last.std() / first.std(), 1.0 / (layers.size() - 1));
        if (perLayer > GROW) {
            return EXPLODES;
        }
        // Checked before shrinking: a saturated tanh keeps its std and still passes no gradient.
        if (last.saturatedFraction() > SATURATED) {
            return SATURATES;
        }
        if (perLayer < SHRINK || last.std() == 0) {
            return VANISHES;
        }
        return STABLE;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
