package actbench.kernel.vector;

import actbench.kernel.Activation;
import actbench.kernel.ActivationKernel;
import actbench.kernel.Tanh;
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
                    tanh(FloatVector.fromArray(F, x, i)).intoArray(x, i);
                }
                for (; i < to; i++) {
                    x[i] = Tanh.tanh(x[i]);
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
                    tanh(DoubleVector.fromArray(D, x, i)).intoArray(x, i);
                }
                for (; i < to; i++) {
                    x[i] = Tanh.tanh(x[i]);
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

    /** {@link Tanh#tanh(float)}, operation for operation. */
    static FloatVector tanh(FloatVector x) {
        FloatVector y = x.abs().mul(2f).min(Tanh.CLAMP_F);
        FloatVector k = y.mul(Tanh.INV_LN2_F).add(Tanh.ROUNDER_F).sub(Tanh.ROUNDER_F);
        FloatVector r = y.sub(k.mul(Tanh.LN2_HI_F)).sub(k.mul(Tanh.LN2_LO_F));
        float[] c = Tanh.C_F;
        FloatVector q = r.mul(c[5]).add(c[4]).mul(r).add(c[3]).mul(r).add(c[2]).mul(r).add(c[1])
                .mul(r).add(c[0]);
        FloatVector p = r.add(r.mul(r).mul(q));
        FloatVector s = ((IntVector) k.convert(VectorOperators.F2I, 0)).add(127)
                .lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        FloatVector m = s.mul(p).add(s.sub(1f));
        IntVector magnitude = m.div(m.add(2f)).reinterpretAsInts();
        return magnitude.or(x.reinterpretAsInts().and(Integer.MIN_VALUE)).reinterpretAsFloats();
    }

    /** {@link Tanh#tanh(double)}, operation for operation. */
    static DoubleVector tanh(DoubleVector x) {
        DoubleVector y = x.abs().mul(2d).min(Tanh.CLAMP);
        DoubleVector k = y.mul(Tanh.INV_LN2).add(Tanh.ROUNDER).sub(Tanh.ROUNDER);
        DoubleVector r = y.sub(k.mul(Tanh.LN2_HI)).sub(k.mul(Tanh.LN2_LO));
        double[] c = Tanh.C;
        DoubleVector q = r.mul(c[11]).add(c[10]);
        for (int i = 9; i >= 0; i--) {
            q = q.mul(r).add(c[i]);
        }
        DoubleVector p = r.add(r.mul(r).mul(q));
        DoubleVector s = ((LongVector) k.convert(VectorOperators.D2L, 0)).add(1023)
                .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        DoubleVector m = s.mul(p).add(s.sub(1d));
        LongVector magnitude = m.div(m.add(2d)).reinterpretAsLongs();
        return magnitude.or(x.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
    }
}
