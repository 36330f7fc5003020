package actbench.bench;

import actbench.kernel.ActivationKernel;
import actbench.kernel.Kernels;
import actbench.kernel.ScalarActivation;
import actbench.model.Activation;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast is tanh over one layer's activations (1000 x 500 values)? Contenders:
 * {@code mathTanh}, the scalar reference ({@code Math.tanh}, the baseline); {@code jdkTanh}, the
 * JDK's {@code VectorOperators.TANH} (SVML on x86, but not bit-reproducible between compiled and
 * interpreted code); {@code kernelTanh}, actbench's exact-operation tanh, vectorized, the one the
 * forward pass uses; {@code scalarTanh}, its scalar twin; and {@code kernelRelu} for scale. Each
 * call rewrites the array from a pristine copy first, so every call sees the same values; the
 * copy is the same in every method and cancels out in comparisons.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules=jdk.incubator.vector"})
public class ActivationBench {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    static final int SIZE = 500_000;

    @Param({"f32", "f64"})
    public String precision;

    private float[] pristineF;
    private float[] xf;
    private double[] pristineD;
    private double[] xd;
    private final ActivationKernel kernel = Kernels.select(Kernels.AUTO).activation();
    private final ActivationKernel scalar = new ScalarActivation();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(3);
        pristineD = random.doubles(SIZE, -3, 3).toArray();
        pristineF = new float[SIZE];
        for (int i = 0; i < SIZE; i++) {
            pristineF[i] = (float) pristineD[i];
        }
        xf = pristineF.clone();
        xd = pristineD.clone();
    }

    /** Restores the input of the chosen precision; true for float. */
    private boolean f32() {
        if (precision.equals("f32")) {
            System.arraycopy(pristineF, 0, xf, 0, SIZE);
            return true;
        }
        System.arraycopy(pristineD, 0, xd, 0, SIZE);
        return false;
    }

    /** The cost of restoring the input, which every other method pays too. */
    @Benchmark
    public Object baseline() {
        return f32() ? xf : xd;
    }

    @Benchmark
    public Object mathTanh() {
        if (f32()) {
            for (int i = 0; i < SIZE; i++) {
                xf[i] = (float) Math.tanh(xf[i]);
            }
            return xf;
        }
        for (int i = 0; i < SIZE; i++) {
            xd[i] = Math.tanh(xd[i]);
        }
        return xd;
    }

    @Benchmark
    public Object jdkTanh() {
        if (f32()) {
            int i = 0;
            for (; i < F.loopBound(SIZE); i += F.length()) {
                FloatVector.fromArray(F, xf, i).lanewise(VectorOperators.TANH).intoArray(xf, i);
            }
            for (; i < SIZE; i++) {
                xf[i] = (float) Math.tanh(xf[i]);
            }
            return xf;
        }
        int i = 0;
        for (; i < D.loopBound(SIZE); i += D.length()) {
            DoubleVector.fromArray(D, xd, i).lanewise(VectorOperators.TANH).intoArray(xd, i);
        }
        for (; i < SIZE; i++) {
            xd[i] = Math.tanh(xd[i]);
        }
        return xd;
    }

    @Benchmark
    public Object kernelTanh() {
        return apply(kernel, Activation.TANH);
    }

    @Benchmark
    public Object scalarTanh() {
        return apply(scalar, Activation.TANH);
    }

    @Benchmark
    public Object kernelRelu() {
        return apply(kernel, Activation.RELU);
    }

    private Object apply(ActivationKernel k, Activation activation) {
        if (f32()) {
            k.apply(activation, xf, 0, SIZE);
            return xf;
        }
        k.apply(activation, xd, 0, SIZE);
        return xd;
    }
}
