package actbench.report;

/**
 * Number formatting for every report: the same text on every machine, as {@code String.format}
 * with {@code Locale.ROOT} would print it ({@link FormattedDouble} does it faster).
 */
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
            return FormattedDouble.scientific(value, 5);
        }
        return FormattedDouble.general(value, 6);
    }

    /** A fraction as a percentage with two decimals. */
    public static String percent(double fraction) {
        return FormattedDouble.fixed(100 * fraction, 2) + "%";
    }

    /**
     * Three significant digits, for times and rates whose later digits are noise: 0.0123, 4.57,
     * 1230; never "0.0" for a small positive value.
     */
    public static String short3(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-4 || magnitude >= 1e7) {
            return FormattedDouble.scientific(value, 2);
        }
        // three significant digits, trailing zeros kept so a column reads 70.0, 64.0, 65.4 (not 70, 64, 65.4)
        java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(3));
        int scale = 2 - (int) Math.floor(Math.log10(Math.abs(rounded.doubleValue())));
        return rounded.setScale(Math.max(0, scale), java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String fixed(double value, int decimals) {
        return FormattedDouble.fixed(value, decimals);
    }
}
