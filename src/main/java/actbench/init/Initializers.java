package actbench.init;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/** The catalogue of initializers and the parser for {@code --init}. */
public final class Initializers {

    /** The lecture's four scales, the default of {@code --init}. */
    public static final List<String> LECTURE = List.of("0.01", "1.0", "xavier", "he");

    /** What {@code --init} accepts, for help and error messages. */
    public static final String ALLOWED = "xavier, he, or a positive number (the weights' std)";

    private Initializers() {
    }

    /** Glorot and Bengio (2010), the lecture's "Xavier": std 1 / sqrt(fan_in). */
    public static Initializer xavier() {
        return byFanIn("xavier", fanIn -> 1.0 / Math.sqrt(fanIn));
    }

    /** He et al. (2015), for ReLU: std sqrt(2 / fan_in). */
    public static Initializer he() {
        return byFanIn("he", fanIn -> Math.sqrt(2.0 / fanIn));
    }

    /** A fixed standard deviation, whatever the layer's shape. */
    public static Initializer fixed(String name, double std) {
        return byFanIn(name, fanIn -> std);
    }

    /**
     * Parses one {@code --init} value.
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    public static Initializer parse(String text) {
        String name = text.trim();
        switch (name) {
            case "xavier":
                return xavier();
            case "he":
                return he();
            default:
                double std;
                try {
                    std = Double.parseDouble(name);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not an initializer");
                }
                if (!(std > 0) || Double.isInfinite(std)) {
                    throw new IllegalArgumentException("'" + text + "' is not a positive, finite std");
                }
                return fixed(name, std);
        }
    }

    private static Initializer byFanIn(String name, IntToDoubleFunction std) {
        return new Initializer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double std(int fanIn, int fanOut) {
                return std.applyAsDouble(fanIn);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
