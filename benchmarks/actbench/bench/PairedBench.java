package actbench.bench;

import actbench.bench.peers.PeerProduct;
import actbench.harness.Peers;
import actbench.matrix.Shape;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Our best product and native OpenBLAS's on the same operands, timed call by call in one JVM,
 * alternating which goes first. On a shared machine whose speed changes from one second to the
 * next (a neighbour on the host), two rows measured at different times can differ by the machine
 * alone; the two calls of a pair see the same machine. Each pair's ratio of times goes into a
 * geometric mean ({@link Pairs}, JMH's auxiliary counters): how much slower or faster ours is
 * under the same conditions, whatever they are.
 *
 * <p>Run through {@code ./run.sh bench}, which sets {@code OPENBLAS_NUM_THREADS} to the row's
 * threads, as for {@link PeerBench}'s native row, and {@code OPENBLAS_THREAD_TIMEOUT} to its
 * shortest: OpenBLAS's idle threads would otherwise spin on the cores our next call needs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime) // auxiliary counters need it (or throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules=jdk.incubator.vector", "-Xmx2g",
    "--enable-native-access=ALL-UNNAMED"})
public class PairedBench {

    @Param({"vector-packed"})
    public String kernel;

    @Param({"f32", "f64"})
    public String precision;

    @Param({Shape.LECTURE_LAYER_TEXT})
    public String shape;

    @Param({"1"})
    public int threads;

    private KernelProduct ours;
    private PeerProduct openblas;

    @Setup(Level.Trial)
    public void setUp() {
        Shape s = Shape.parse(shape);
        // the same numbers for both: MatMulBench's and PeerBench's operands
        ours = new KernelProduct(kernel, precision, s, threads, new SplittableRandom(42));
        openblas = PeerProduct.create(Peers.NATIVE, precision.equals("f32"), s.m(), s.k(), s.n(), threads,
                new SplittableRandom(42));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ours.close();
        openblas.close();
    }

    /**
     * Sums over an iteration's pairs, which JMH reports beside the score (auxiliary counters, reset
     * as each iteration starts). Times in nanoseconds.
     */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Pairs {
        public double oursNanos;
        public double openblasNanos;
        /** Sum of ln(ours / OpenBLAS) per pair: the geometric mean of the ratios is exp(sum / pairs). */
        public double logRatio;
        public long pairs;
        private boolean oursFirst;

        @Setup(Level.Iteration)
        public void reset() {
            oursNanos = 0;
            openblasNanos = 0;
            logRatio = 0;
            pairs = 0;
        }

        void add(long ours, long openblas) {
            oursNanos += ours;
            openblasNanos += openblas;
            logRatio += Math.log((double) ours / openblas);
            pairs++;
        }

        /** Whether this pair runs ours first; alternates, so neither side always follows the other. */
        boolean nextOursFirst() {
            oursFirst = !oursFirst;
            return oursFirst;
        }
    }

    @Benchmark
    public void pair(Pairs pairs, Blackhole results) {
        boolean oursFirst = pairs.nextOursFirst();
        long start = System.nanoTime();
        results.consume(oursFirst ? ours.multiply() : openblas.multiply());
        long middle = System.nanoTime();
        results.consume(oursFirst ? openblas.multiply() : ours.multiply());
        long end = System.nanoTime();
        pairs.add(oursFirst ? middle - start : end - middle, oursFirst ? end - middle : middle - start);
    }
}
