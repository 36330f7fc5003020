package actbench.kernel;

import actbench.model.Activation;

/** Applies an {@link Activation} in place to {@code x[from .. to)}. */
public interface ActivationKernel {

    String name();

    void apply(Activation activation, float[] x, int from, int to);

    void apply(Activation activation, double[] x, int from, int to);
}
