package actbench.kernel;

/**
 * One value at a time with {@link Math#tanh} and {@link Math#max}: the reference, and about 100x
 * slower than the vector kernel for tanh, so it is used only where vectors are unavailable.
 */
public final class ScalarActivation implements ActivationKernel {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void apply(Activation activation, float[] x, int from, int to) {
        switch (activation) {
            case TANH -> {
                for (int i = from; i < to; i++) {
                    x[i] = (float) Math.tanh(x[i]);
                }
            }
            case RELU -> {
                for (int i = from; i < to; i++) {
                    x[i] = Math.max(0f, x[i]);
                }
            }
        }
    }

    @Override
    public void apply(Activation activation, double[] x, int from, int to) {
        switch (activation) {
            case TANH -> {
                for (int i = from; i < to; i++) {
                    x[i] = Math.tanh(x[i]);
                }
            }
            case RELU -> {
                for (int i = from; i < to; i++) {
                    x[i] = Math.max(0d, x[i]);
                }
            }
        }
    }
}
