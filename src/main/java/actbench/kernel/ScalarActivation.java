package actbench.kernel;

import actbench.model.Activation;

/**
 * One value at a time: the scalar twin of the vector kernel, bit for bit, used where vectors are
 * unavailable and for the vector kernel's tails. tanh and sigmoid use {@link Tanh} (exact
 * operations only); gelu and selu, which are not vectorized, use {@link Tanh} and
 * {@link Math#expm1} (a pure-Java, deterministic function).
 */
public final class ScalarActivation implements ActivationKernel {

    private static final float GELU_C_F = (float) Activation.GELU_C;
    private static final float GELU_CUBIC_F = (float) Activation.GELU_CUBIC;

    @Override
    public String name() {
        return "scalar";
    }

    /**
     * A loop per kind, the kind chosen once: with the choice inside the loop C2 hoisted a check of
     * it out of the loop from the warm-up's profile, which the real layers' calls failed (four
     * {@code profile_predicate} traps at the lecture job's first layer, each call finishing in the
     * interpreter, as stats runs without on-stack replacement; none since). The lecture's f32 job,
     * alternating cold runs: 0.14 and 0.08 s faster by the pairs' median (10 and 11 of 15 pairs),
     * then level (7 of 15). The same change to the double loop left the f64 job level (6 of 15),
     * so that one stays a single loop.
     */
    @Override
    public void apply(Activation activation, float[] x, int from, int to) {
        switch (activation.kind()) {
            case LINEAR -> {
            }
            case TANH -> {
                for (int i = from; i < to; i++) {
                    x[i] = Tanh.tanh(x[i]);
                }
            }
            case RELU -> {
                for (int i = from; i < to; i++) {
                    x[i] = Math.max(0f, x[i]);
                }
            }
            default -> {
                for (int i = from; i < to; i++) {
                    x[i] = value(activation, x[i]);
                }
            }
        }
    }

    @Override
    public void apply(Activation activation, double[] x, int from, int to) {
        if (activation.kind() == Activation.Kind.LINEAR) {
            return;
        }
        for (int i = from; i < to; i++) {
            x[i] = value(activation, x[i]);
        }
    }

    /** The activation of one float, computed in float except selu's exponential. */
    public static float value(Activation activation, float x) {
        return switch (activation.kind()) {
            case TANH -> Tanh.tanh(x);
            case RELU -> Math.max(0f, x);
            case LEAKY_RELU -> x > 0 ? x : (float) activation.alpha() * x;
            case SIGMOID -> Tanh.sigmoid(x);
            case LINEAR -> x;
            case GELU -> 0.5f * x * (1f + Tanh.tanh(GELU_C_F * (x + GELU_CUBIC_F * x * x * x)));
            case SELU -> (float) selu(x);
        };
    }

    /** The activation of one double. */
    public static double value(Activation activation, double x) {
        return switch (activation.kind()) {
            case TANH -> Tanh.tanh(x);
            case RELU -> Math.max(0d, x);
            case LEAKY_RELU -> x > 0 ? x : activation.alpha() * x;
            case SIGMOID -> Tanh.sigmoid(x);
            case LINEAR -> x;
            case GELU -> 0.5 * x * (1 + Tanh.tanh(Activation.GELU_C * (x + Activation.GELU_CUBIC * x * x * x)));
            case SELU -> selu(x);
        };
    }

    private static double selu(double x) {
        return x > 0 ? Activation.SELU_LAMBDA * x : Activation.SELU_LAMBDA * Activation.SELU_ALPHA * Math.expm1(x);
    }
}
