package actbench.kernel;

import java.util.Locale;

/** The nonlinearities of the experiment, with their scalar definition. */
public enum Activation {
    TANH {
        @Override
        public double apply(double x) {
            return Math.tanh(x);
        }
    },
    /** max(0, x). */
    RELU {
        @Override
        public double apply(double x) {
            return Math.max(0, x);
        }
    };

    /** The reference definition, one value at a time. */
    public abstract double apply(double x);

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@code --activation} value. */
    public static Activation parse(String text) {
        for (Activation a : values()) {
            if (a.label().equals(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an activation");
    }
}
