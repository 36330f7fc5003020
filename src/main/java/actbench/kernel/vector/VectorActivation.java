package actbench.kernel.vector;

import actbench.kernel.ActivationKernel;
import actbench.kernel.ScalarActivation;
import actbench.kernel.Tanh;
import actbench.model.Activation;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Activations a vector at a time. tanh is {@link Tanh}'s algorithm lane by lane, built from exact
 * operations only, so it gives the same bits as the scalar {@link Tanh} used for the tail, whether
 * C2 compiled the loop or not (the JDK's {@code VectorOperators.TANH} does not guarantee that).
 * sigmoid shares the loop ({@link Tanh#sigmoid}).
 */
public final class VectorActivation implements ActivationKernel {

    private static final VectorSpecies<Float> F = Species.FLOATS;
    private static final VectorSpecies<Double> D = Species.DOUBLES;
    /** The tails, and the kinds without a vector form. */
    private static final ScalarActivation SCALAR = new ScalarActivation();

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void apply(Activation activation, float[] x, int from, int to) {
        int bound = from + F.loopBound(to - from);
        switch (activation.kind()) {
            case TANH, SIGMOID -> tanhOrSigmoid(x, from, bound, activation.kind() == Activation.Kind.SIGMOID);
            case RELU -> {
                for (int i = from; i < bound; i += F.length()) {
                    FloatVector.fromArray(F, x, i).max(0f).intoArray(x, i);
                }
            }
            case LEAKY_RELU -> {
                float alpha = (float) activation.alpha();
                for (int i = from; i < bound; i += F.length()) {
                    FloatVector v = FloatVector.fromArray(F, x, i);
                    v.blend(v.mul(alpha), v.compare(VectorOperators.GT, 0f).not()).intoArray(x, i);
                }
            }
            case LINEAR -> {
                return;
            }
            // gelu and selu are not vectorized: they are not the lecture's, and cost far less than the product
            default -> bound = from;
        }
        SCALAR.apply(activation, x, bound, to);
    }

    @Override
    public void apply(Activation activation, double[] x, int from, int to) {
        int bound = from + D.loopBound(to - from);
        switch (activation.kind()) {
            case TANH, SIGMOID -> tanhOrSigmoid(x, from, bound, activation.kind() == Activation.Kind.SIGMOID);
            case RELU -> {
                for (int i = from; i < bound; i += D.length()) {
                    DoubleVector.fromArray(D, x, i).max(0d).intoArray(x, i);
                }
            }
            case LEAKY_RELU -> {
                double alpha = activation.alpha();
                for (int i = from; i < bound; i += D.length()) {
                    DoubleVector v = DoubleVector.fromArray(D, x, i);
                    v.blend(v.mul(alpha), v.compare(VectorOperators.GT, 0d).not()).intoArray(x, i);
                }
            }
            case LINEAR -> {
                return;
            }
            default -> bound = from;
        }
        SCALAR.apply(activation, x, bound, to);
    }

    /**
     * {@link Tanh#tanh(float)} (or {@link Tanh#sigmoid(float)}), operation for operation, over whole
     * vectors in {@code [from, to)}.
     * The body stays inside the loop: a helper taking and returning vectors is too large for C2 to
     * inline, and a vector that crosses a call boundary is boxed, which made this 6x slower.
     */
    private static void tanhOrSigmoid(float[] values, int from, int to, boolean sigmoid) {
        float[] c = Tanh.expm1CoefficientsF();
        // in locals: values may alias any float[], so C2 would reload c[] after every store
        float c0 = c[0];
        float c1 = c[1];
        float c2 = c[2];
        float c3 = c[3];
        float c4 = c[4];
        float c5 = c[5];
        for (int i = from; i < to; i += F.length()) {
            FloatVector x = FloatVector.fromArray(F, values, i);
            FloatVector y = sigmoid ? x.abs().min(Tanh.SIGMOID_CLAMP_F) : x.abs().mul(2f).min(Tanh.CLAMP_F);
            FloatVector t = y.mul(Tanh.INV_LN2_F).add(Tanh.ROUNDER_F);
            FloatVector k = t.sub(Tanh.ROUNDER_F);
            FloatVector r = y.sub(k.mul(Tanh.LN2_HI_F)).sub(k.mul(Tanh.LN2_LO_F));
            FloatVector q = r.mul(c5).add(c4).mul(r).add(c3).mul(r).add(c2).mul(r).add(c1).mul(r).add(c0);
            FloatVector p = r.add(r.mul(r).mul(q));
            FloatVector s = t.reinterpretAsInts().sub(Tanh.ROUNDER_F_BITS - 127)
                    .lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            FloatVector m = s.mul(p).add(s.sub(1f));
            if (sigmoid) {
                m.add(1f).blend(1f, x.compare(VectorOperators.LT, 0f)).div(m.add(2f)).intoArray(values, i);
            } else {
                IntVector magnitude = m.div(m.add(2f)).reinterpretAsInts();
                magnitude.or(x.reinterpretAsInts().and(Integer.MIN_VALUE)).reinterpretAsFloats()
                        .intoArray(values, i);
            }
        }
    }

    /** {@link Tanh#tanh(double)} or {@link Tanh#sigmoid(double)}, as the float version (coefficients in locals too). */
    private static void tanhOrSigmoid(double[] values, int from, int to, boolean sigmoid) {
        double[] c = Tanh.expm1Coefficients();
        double c0 = c[0];
        double c1 = c[1];
        double c2 = c[2];
        double c3 = c[3];
        double c4 = c[4];
        double c5 = c[5];
        double c6 = c[6];
        double c7 = c[7];
        double c8 = c[8];
        double c9 = c[9];
        double c10 = c[10];
        double c11 = c[11];
        for (int i = from; i < to; i += D.length()) {
            DoubleVector x = DoubleVector.fromArray(D, values, i);
            DoubleVector y = sigmoid ? x.abs().min(Tanh.SIGMOID_CLAMP) : x.abs().mul(2d).min(Tanh.CLAMP);
            DoubleVector t = y.mul(Tanh.INV_LN2).add(Tanh.ROUNDER);
            DoubleVector k = t.sub(Tanh.ROUNDER);
            DoubleVector r = y.sub(k.mul(Tanh.LN2_HI)).sub(k.mul(Tanh.LN2_LO));
            DoubleVector q = r.mul(c11).add(c10).mul(r).add(c9).mul(r).add(c8).mul(r).add(c7).mul(r).add(c6)
                    .mul(r).add(c5).mul(r).add(c4).mul(r).add(c3).mul(r).add(c2).mul(r).add(c1).mul(r).add(c0);
            DoubleVector p = r.add(r.mul(r).mul(q));
            DoubleVector s = t.reinterpretAsLongs().sub(Tanh.ROUNDER_BITS - 1023)
                    .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            DoubleVector m = s.mul(p).add(s.sub(1d));
            if (sigmoid) {
                m.add(1d).blend(1d, x.compare(VectorOperators.LT, 0d)).div(m.add(2d)).intoArray(values, i);
            } else {
                LongVector magnitude = m.div(m.add(2d)).reinterpretAsLongs();
                magnitude.or(x.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles()
                        .intoArray(values, i);
            }
        }
    }
}
