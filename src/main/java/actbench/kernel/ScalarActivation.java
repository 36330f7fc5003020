package actbench.kernel;

/**
 * One value at a time with {@link Tanh} and {@link Math#max}: the scalar twin of the vector
 * kernel, bit for bit, used where vectors are unavailable.
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
                    x[i] = Tanh.tanh(x[i]);
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
                    x[i] = Tanh.tanh(x[i]);
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
