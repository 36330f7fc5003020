package actbench.init;

import actbench.model.Activation;
import java.util.Locale;

/**
 * {@code --gain}: a multiplier on every initializer's weights ({@link Fixed}), or {@link #AUTO},
 * the activation's recommended gain ({@link Activation#gain()}).
 */
public sealed interface Gain {

    Gain ONE = new Fixed(1);
    Gain AUTO = new Auto();

    /**
     * A fixed multiplier.
     *
     * @throws IllegalArgumentException unless {@code value} is positive and finite
     */
    static Gain of(double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(value + " is not a gain");
        }
        return new Fixed(value);
    }

    /**
     * Parses {@code auto} or a positive number.
     *
     * @throws IllegalArgumentException otherwise
     */
    static Gain parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("auto")) {
            return AUTO;
        }
        try {
            return of(Double.parseDouble(trimmed));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new IllegalArgumentException("'" + text + "' is not a gain", e);
        }
    }

    /** The multiplier for a network with this activation. */
    double of(Activation activation);

    /** {@code auto}, or the multiplier as Java writes a double. */
    String label();

    /**
     * Whether this is {@link #ONE}, which the stamp leaves unsaid. Not {@code equals}: a record's
     * is an invokedynamic call site whose first call spins method handle classes, tens of
     * milliseconds on the main thread of a cold JVM, just before the work starts.
     */
    default boolean isOne() {
        return this instanceof Fixed fixed && fixed.value() == 1;
    }

    /** {@code init} scaled for {@code activation}. */
    default Initializer apply(Initializer init, Activation activation) {
        return Initializers.withGain(init, of(activation));
    }

    /** The same multiplier for every activation. */
    record Fixed(double value) implements Gain {

        @Override
        public double of(Activation activation) {
            return value;
        }

        @Override
        public String label() {
            return Double.toString(value);
        }
    }

    /** Each activation's recommended gain. */
    record Auto() implements Gain {

        @Override
        public double of(Activation activation) {
            return activation.gain();
        }

        @Override
        public String label() {
            return "auto";
        }
    }
}
