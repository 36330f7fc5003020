package actbench.bench;

import actbench.kernel.CensusKernel;
import actbench.kernel.Kernels;
import actbench.kernel.ScalarCensus;
import actbench.stats.LayerAccumulator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * How long do one layer's statistics take (1000 x 500 tanh values)? {@code scalarCensus} and
 * {@code vectorCensus} count min, max, saturated and zeros (and widen floats to double) in the
 * spans the accumulator hands them; {@code scalarStatistics} and {@code vectorStatistics} are the
 * whole per-layer statistics with either census (moments in 4096-value chunks, a span's side by side),
 * in the forward pass's 40-row tasks, without a histogram (as the tables need them).
 * {@code vectorCensus} is the chosen census: the scalar one where vectors are unavailable.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules=jdk.incubator.vector"})
public class StatisticsBench {

    static final int SIZE = ActivationBench.SIZE;
    /** The accumulator's span (four chunks) and the forward pass's task (40 rows of 500). */
    private static final int SPAN = 4 * 4096;
    private static final int TASK = 40 * 500;

    @Param({"f32", "f64"})
    public String precision;

    private float[] floats;
    private double[] doubles;
    private final double[] wide = new double[SPAN];
    private final CensusKernel chosen = Kernels.select(Kernels.AUTO).census();
    private final CensusKernel scalar = new ScalarCensus();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(5);
        doubles = new double[SIZE];
        floats = new float[SIZE];
        for (int i = 0; i < SIZE; i++) {
            floats[i] = (float) Math.tanh(2 * random.nextGaussian());
            doubles[i] = floats[i];
        }
    }

    @Benchmark
    public CensusKernel.Counts scalarCensus() {
        return census(scalar);
    }

    @Benchmark
    public CensusKernel.Counts vectorCensus() {
        return census(chosen);
    }

    @Benchmark
    public double scalarStatistics() {
        return statistics(scalar);
    }

    @Benchmark
    public double vectorStatistics() {
        return statistics(chosen);
    }

    private CensusKernel.Counts census(CensusKernel census) {
        CensusKernel.Counts counts = new CensusKernel.Counts();
        boolean f32 = precision.equals("f32");
        for (int from = 0; from < SIZE; from += SPAN) {
            int to = Math.min(SIZE, from + SPAN);
            if (f32) {
                census.countAndWiden(floats, from, to, wide, counts);
            } else {
                census.count(doubles, from, to, counts);
            }
        }
        return counts;
    }

    private double statistics(CensusKernel census) {
        boolean f32 = precision.equals("f32");
        double sum = 0;
        for (int from = 0; from < SIZE; from += TASK) {
            LayerAccumulator task = new LayerAccumulator(false, census);
            if (f32) {
                task.add(floats, from, Math.min(SIZE, from + TASK));
            } else {
                task.add(doubles, from, Math.min(SIZE, from + TASK));
            }
            sum += task.result().std();
        }
        return sum;
    }
}
