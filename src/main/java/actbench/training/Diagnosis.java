package actbench.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One line on what happened in a training run, read from its results (costs, accuracies, distinct
 * units), never from the initializer's name: He with a learning rate of 100 diverges, and a
 * constant initializer whose units differ after all did break symmetry.
 */
public final class Diagnosis {

    /** Accuracy at or below which two balanced classes were not learned at all. */
    static final double CHANCE = 0.55;
    /** Test accuracy from which the classifier counts as trained and generalizing. */
    static final double GOOD = 0.9;

    private Diagnosis() {
    }

    public static String of(Training.Result r) {
        List<Training.Cost> costs = r.costs();
        double first = costs.get(0).cost();
        double last = costs.get(costs.size() - 1).cost();
        if (costs.stream().anyMatch(c -> Double.isNaN(c.cost()))) {
            return "diverged: the cost became NaN";
        }
        boolean symmetric = Arrays.stream(r.distinctUnits()).allMatch(units -> units <= 1);
        String start = Double.isInfinite(first) ? "first cost infinite (saturated output); " : "";
        if (Double.isFinite(first) && last > first) {
            return start + "diverged: the cost rose from " + number(first) + " to " + number(last)
                    + " (learning rate too high?)";
        }
        if (r.trainAccuracy() <= CHANCE) {
            return start + (symmetric ? "fails to break symmetry: every unit of a layer stays the same, "
                    : "does not learn: ") + percent(r.trainAccuracy()) + " on the training set, chance level";
        }
        if (r.testAccuracy() >= GOOD) {
            return start + "trains and generalizes: " + percent(r.testAccuracy()) + " on the test set";
        }
        if (r.trainAccuracy() - r.testAccuracy() > 0.1) {
            return start + "overfits: " + percent(r.trainAccuracy()) + " train, " + percent(r.testAccuracy()) + " test";
        }
        return start + "learns slowly: " + percent(r.testAccuracy()) + " on the test set";
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3g", value) : String.valueOf(value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }
}
