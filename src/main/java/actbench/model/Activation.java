package actbench.model;

import java.util.List;
import java.util.Locale;

/**
 * A nonlinearity of the experiment: its kind, its one parameter (leaky_relu's slope), its scalar
 * reference definition, its derivative and the gain that keeps signals at unit scale.
 *
 * @param alpha leaky_relu's slope for negative inputs; 0 for the other kinds
 */
public record Activation(Kind kind, double alpha) {

    /** The kinds of nonlinearity; kernels switch on these. */
    public enum Kind { TANH, RELU, LEAKY_RELU, SIGMOID, LINEAR, GELU, SELU }

    public static final Activation TANH = new Activation(Kind.TANH, 0);
    public static final Activation RELU = new Activation(Kind.RELU, 0);
    public static final Activation SIGMOID = new Activation(Kind.SIGMOID, 0);
    public static final Activation LINEAR = new Activation(Kind.LINEAR, 0);
    public static final Activation GELU = new Activation(Kind.GELU, 0);
    public static final Activation SELU = new Activation(Kind.SELU, 0);
    /** Keras's and PyTorch's default slope. */
    public static final double LEAKY_DEFAULT = 0.01;

    /** SELU's constants (Klambauer et al. 2017), which make N(0, 1) its fixed point with lecun_normal. */
    public static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
    public static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    /** sqrt(2 / pi), GELU's tanh form (Hendrycks and Gimpel 2016). */
    public static final double GELU_C = 0.7978845608028654;
    public static final double GELU_CUBIC = 0.044715;

    /** What {@code --activation} accepts, for help and error messages. */
    public static final String ALLOWED = "tanh, relu, leaky_relu[:ALPHA] (ALPHA in [0, 1], default 0.01), "
            + "sigmoid, linear, gelu, selu";

    public Activation {
        if (kind != Kind.LEAKY_RELU && alpha != 0) {
            throw new IllegalArgumentException(kind + " has no parameter");
        }
    }

    public static Activation leakyRelu(double alpha) {
        return new Activation(Kind.LEAKY_RELU, alpha);
    }

    /** One of each kind, with default parameters. */
    public static List<Activation> all() {
        return List.of(TANH, RELU, leakyRelu(LEAKY_DEFAULT), SIGMOID, LINEAR, GELU, SELU);
    }

    /**
     * The reference definition, one value at a time, from {@code java.lang.Math}: the kernels are
     * tested against it. GELU is its tanh form, as in BERT, GPT-2 and JAX's default; it differs
     * from the erf form by at most 5e-4.
     */
    public double apply(double x) {
        return switch (kind) {
            case TANH -> Math.tanh(x);
            case RELU -> Math.max(0, x);
            case LEAKY_RELU -> x > 0 ? x : alpha * x;
            case SIGMOID -> 1 / (1 + Math.exp(-x));
            case LINEAR -> x;
            case GELU -> 0.5 * x * (1 + Math.tanh(GELU_C * (x + GELU_CUBIC * x * x * x)));
            case SELU -> x > 0 ? SELU_LAMBDA * x : SELU_LAMBDA * SELU_ALPHA * Math.expm1(x);
        };
    }

    /** d act / dz at the pre-activation z, for the backward pass. */
    public double derivative(double z) {
        return switch (kind) {
            case TANH -> {
                double t = Math.tanh(z);
                yield 1 - t * t;
            }
            case RELU -> z > 0 ? 1 : 0;
            case LEAKY_RELU -> z > 0 ? 1 : alpha;
            case SIGMOID -> {
                double s = 1 / (1 + Math.exp(-z));
                yield s * (1 - s);
            }
            case LINEAR -> 1;
            case GELU -> {
                double t = Math.tanh(GELU_C * (z + GELU_CUBIC * z * z * z));
                yield 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * GELU_C * (1 + 3 * GELU_CUBIC * z * z);
            }
            case SELU -> z > 0 ? SELU_LAMBDA : SELU_LAMBDA * SELU_ALPHA * Math.exp(z);
        };
    }

    /**
     * The gain {@code --gain auto} multiplies the weights by: PyTorch's {@code calculate_gain}
     * (tanh 5/3, relu sqrt 2, leaky_relu sqrt(2 / (1 + alpha^2)), selu 3/4, sigmoid and linear 1).
     * PyTorch defines none for gelu; sqrt 2 here, because gelu is relu away from 0.
     */
    public double gain() {
        return switch (kind) {
            case TANH -> 5.0 / 3;
            case RELU, GELU -> Math.sqrt(2);
            case LEAKY_RELU -> Math.sqrt(2 / (1 + alpha * alpha));
            case SIGMOID, LINEAR -> 1;
            case SELU -> 0.75;
        };
    }

    /** The name a user types and reports show: {@code tanh}, {@code leaky_relu:0.01}. */
    public String label() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return kind == Kind.LEAKY_RELU ? name + ":" + number(alpha) : name;
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * Whether a layer's share of {@code |h| > 0.99} means saturation: for tanh, bounded by 1 with
     * flat tails. relu, linear, gelu, selu are unbounded above; sigmoid saturates at 0 and 1, and
     * only the upper side is counted, so it gets no saturation verdict rather than half of one.
     */
    public boolean saturable() {
        return kind == Kind.TANH;
    }

    /**
     * Parses a {@code --activation} value.
     *
     * @throws IllegalArgumentException if it names no activation
     */
    public static Activation parse(String text) {
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        // names are case-blind, as --init's are: RELU is relu
        String name = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(Locale.ROOT);
        if (name.equals("leaky_relu")) {
            if (colon < 0) {
                return leakyRelu(LEAKY_DEFAULT);
            }
            double alpha = parseNumber(trimmed.substring(colon + 1), text);
            if (!(alpha >= 0 && alpha <= 1)) {
                throw new IllegalArgumentException("'" + text + "': leaky_relu's slope must be in [0, 1]");
            }
            return leakyRelu(alpha);
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.LEAKY_RELU && colon < 0 && kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                return new Activation(kind, 0);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an activation");
    }

    private static double parseNumber(String number, String text) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an activation");
        }
    }

    /** Shortest form of a parameter: 0.01, 0.2, 1. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }
}
