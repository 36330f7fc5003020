package actbench.init;

import actbench.kernel.Activation;
import java.util.Locale;

/**
 * {@code --gain}: a multiplier on every initializer's weights, or {@code auto} for the activation's
 * recommended gain ({@link Activation#gain()}).
 */
public record Gain(double value, boolean auto) {

    public static final Gain ONE = new Gain(1, false);

    /**
     * Parses {@code auto} or a positive number.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static Gain parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("auto")) {
            return new Gain(Double.NaN, true);
        }
        try {
            double value = Double.parseDouble(trimmed);
            if (value > 0 && Double.isFinite(value)) {
                return new Gain(value, false);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a gain");
    }

    /** The multiplier for a network with this activation. */
    public double of(Activation activation) {
        return auto ? activation.gain() : value;
    }

    /** {@code init} scaled for {@code activation}. */
    public Initializer apply(Initializer init, Activation activation) {
        return Initializers.withGain(init, of(activation));
    }

    public String label() {
        return auto ? "auto" : Double.toString(value);
    }
}
