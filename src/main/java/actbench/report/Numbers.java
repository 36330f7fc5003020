package actbench.report;

import java.util.Locale;

/** Number formatting for every report: the same text on every machine (Locale.ROOT). */
public final class Numbers {

    private Numbers() {
    }

    /** Six significant digits, switching to exponent form for very small or large values. */
    public static String sig(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-3 || magnitude >= 1e6) {
            return String.format(Locale.ROOT, "%.5e", value);
        }
        return String.format(Locale.ROOT, "%.6g", value);
    }

    /** A fraction as a percentage with two decimals. */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
