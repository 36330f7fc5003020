package actbench.report;

/**
 * A double printed as {@code String.format(Locale.ROOT, ...)} prints it with {@code %.Ne},
 * {@code %.Ng} and {@code %.Nf}, character for character, without a {@link java.util.Formatter}.
 *
 * <p>Why: the Formatter parses its pattern with a regular expression on every call, and the tables
 * are printed once, by cold code: the lecture's 650 numbers took 105-115 ms that way, about a
 * twentieth of the whole job, against 15-20 ms here. How: the Formatter rounds the decimal digits
 * that {@link Double#toString(double)} gives (not the binary value), half up; so does this class,
 * which is why both agree on every JDK ({@code FormattedDoubleTest} compares them on millions of
 * values).
 */
final class FormattedDouble {

    private final boolean negative;
    /** Significant digits without leading or trailing zeros; none for zero. */
    private final char[] digits;
    private int count;
    /** The value is 0.d1d2...  x 10^pointPosition (FloatingDecimal's decimal exponent). */
    private int pointPosition;

    private FormattedDouble(double value) {
        negative = Double.compare(value, 0.0) < 0; // -0.0 too, as the Formatter does
        String text = Double.toString(Math.abs(value));
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int point = mantissa.indexOf('.');
        digits = new char[mantissa.length()];
        int position = (e < 0 ? 0 : Integer.parseInt(text.substring(e + 1))) + point;
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c == '.') {
                continue;
            }
            if (count == 0 && c == '0') {
                position--; // a leading zero
            } else {
                digits[count++] = c;
            }
        }
        while (count > 0 && digits[count - 1] == '0') {
            count--;
        }
        pointPosition = count == 0 ? 0 : position;
    }

    /** {@code %.<decimals>e}: one digit, the decimals, e and a signed exponent of two digits or more. */
    static String scientific(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        FormattedDouble d = new FormattedDouble(value);
        d.keepSignificant(decimals + 1);
        return d.scientificText(decimals);
    }

    /**
     * {@code %.<significant>g}: that many significant digits, in decimal form when the rounded
     * value is at least 10^-4 and below 10^significant, else as {@link #scientific}.
     */
    static String general(double value, int significant) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        FormattedDouble d = new FormattedDouble(value);
        d.keepSignificant(significant);
        int exponent = d.exponent();
        if (d.count > 0 && (exponent < -4 || exponent >= significant)) {
            return d.scientificText(significant - 1);
        }
        return d.fixedText(d.count == 0 ? significant - 1 : significant - 1 - exponent);
    }

    /** {@code %.<decimals>f}. */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        FormattedDouble d = new FormattedDouble(value);
        int kept = d.pointPosition + decimals;
        if (kept < 0) {
            d.count = 0; // below half of the last decimal
        } else {
            d.keepSignificant(kept); // 0 digits kept: the first decides, one unit of the last decimal or zero
        }
        return d.fixedText(decimals);
    }

    /** The power of ten of the first digit. */
    private int exponent() {
        return count == 0 ? 0 : pointPosition - 1;
    }

    /** Rounds half up to n >= 0 significant digits (with 0, to one unit of the next power of ten, or to zero). */
    private void keepSignificant(int n) {
        if (count <= n) {
            return;
        }
        boolean up = digits[n] >= '5';
        count = n;
        if (up) {
            int i = n - 1;
            while (i >= 0 && digits[i] == '9') {
                i--;
            }
            if (i < 0) { // 9.99... carried out: 10.0...
                digits[0] = '1';
                count = 1;
                pointPosition++;
                return;
            }
            digits[i]++;
            count = i + 1;
        }
        while (count > 0 && digits[count - 1] == '0') {
            count--;
        }
    }

    private char digit(int index) {
        return index >= 0 && index < count ? digits[index] : '0';
    }

    private String scientificText(int decimals) {
        StringBuilder out = new StringBuilder(decimals + 8);
        if (negative) {
            out.append('-');
        }
        out.append(digit(0));
        if (decimals > 0) {
            out.append('.');
            for (int i = 1; i <= decimals; i++) {
                out.append(digit(i));
            }
        }
        int exponent = exponent();
        out.append(exponent < 0 ? "e-" : "e+");
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            out.append('0');
        }
        return out.append(magnitude).toString();
    }

    private String fixedText(int decimals) {
        StringBuilder out = new StringBuilder(decimals + 8);
        if (negative) {
            out.append('-');
        }
        if (count == 0 || pointPosition <= 0) {
            out.append('0');
        } else {
            for (int i = 0; i < pointPosition; i++) {
                out.append(digit(i));
            }
        }
        if (decimals > 0) {
            out.append('.');
            for (int i = 0; i < decimals; i++) {
                out.append(digit(pointPosition + i));
            }
        }
        return out.toString();
    }
}
