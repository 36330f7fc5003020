package actbench.bench;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's measured FMA peak on one core: the physical limit the kernel table is compared
 * with. An FMA has a latency of about 4 cycles and two pipes issue one each per cycle, so 8
 * independent accumulator chains are needed to keep both busy; we use 12 (a chain of one would
 * measure latency, not throughput). Each chain accumulates, {@code c = m * x + c}, as a matrix
 * product does: on this AMD machine that form ran 25-35% faster than {@code c = c * m + a}, whose
 * chain goes through the multiplier input. Each invocation does {@value #STEPS} steps of 12 FMAs
 * on full vectors: 2 FLOP per lane per FMA.
 *
 * <p>Scores are in operations (steps) per microsecond; {@code ./run.sh bench} converts them to
 * GFLOPS with the lanes of the preferred species.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules=jdk.incubator.vector"})
public class PeakBench {

    static final int STEPS = 100_000;
    static final int CHAINS = 12;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    /** Each step adds 1e-10 to every chain: finite and normal for any run length. */
    private final float scale = 1e-7f;
    private final float offset = 1e-3f;

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public float f32() {
        FloatVector m = FloatVector.broadcast(F, scale);
        FloatVector a = FloatVector.broadcast(F, offset);
        FloatVector c0 = a, c1 = a, c2 = a, c3 = a, c4 = a, c5 = a;
        FloatVector c6 = a, c7 = a, c8 = a, c9 = a, c10 = a, c11 = a;
        for (int i = 0; i < STEPS; i++) {
            c0 = m.fma(a, c0);
            c1 = m.fma(a, c1);
            c2 = m.fma(a, c2);
            c3 = m.fma(a, c3);
            c4 = m.fma(a, c4);
            c5 = m.fma(a, c5);
            c6 = m.fma(a, c6);
            c7 = m.fma(a, c7);
            c8 = m.fma(a, c8);
            c9 = m.fma(a, c9);
            c10 = m.fma(a, c10);
            c11 = m.fma(a, c11);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9)
                .add(c10).add(c11).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double f64() {
        DoubleVector m = DoubleVector.broadcast(D, scale);
        DoubleVector a = DoubleVector.broadcast(D, offset);
        DoubleVector c0 = a, c1 = a, c2 = a, c3 = a, c4 = a, c5 = a;
        DoubleVector c6 = a, c7 = a, c8 = a, c9 = a, c10 = a, c11 = a;
        for (int i = 0; i < STEPS; i++) {
            c0 = m.fma(a, c0);
            c1 = m.fma(a, c1);
            c2 = m.fma(a, c2);
            c3 = m.fma(a, c3);
            c4 = m.fma(a, c4);
            c5 = m.fma(a, c5);
            c6 = m.fma(a, c6);
            c7 = m.fma(a, c7);
            c8 = m.fma(a, c8);
            c9 = m.fma(a, c9);
            c10 = m.fma(a, c10);
            c11 = m.fma(a, c11);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9)
                .add(c10).add(c11).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    /** GFLOPS from a score in steps per microsecond. */
    static double gflops(double stepsPerMicrosecond, int lanes) {
        return stepsPerMicrosecond * CHAINS * 2 * lanes / 1e3;
    }
}
