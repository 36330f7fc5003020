package actbench.bench;

import actbench.concurrent.Workers;
import actbench.kernel.Kernels;
import actbench.kernel.LowPrecision;
import actbench.kernel.ParallelMatMul;
import actbench.matrix.Shape;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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

/**
 * Which matrix-multiply technique is fastest, and how close does it get to the machine?
 *
 * <p>One product {@code C[m x n] = A[m x k] @ B[k x n]} per call, packing of B included (a real
 * GEMM packs every time its B changes, as every layer of the forward pass does). GFLOPS =
 * 2mkn / time; {@code ./run.sh bench} turns JMH's times into that table. Each kernel runs in its
 * own fork: several Vector API kernels in one JVM can leave some of them badly compiled.
 *
 * <p>Run: {@code ./run.sh bench}, or directly
 * {@code java --add-modules jdk.incubator.vector -cp "target/actbench.jar:target/peers/*" org.openjdk.jmh.Main
 * MatMulBench -p kernel=vector-packed} (JMH's own command line; {@code -h} lists its options).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
public class MatMulBench {

    @Param({"naive", "reordered", "blocked", "vector-fma", "vector-packed"})
    public String kernel;

    /** bf16: A and B stored as bfloat16 bits, widened while packed, float products (vector-packed only). */
    @Param({"f32", "f64"})
    public String precision;

    /** m x k x n; 1000x500x500 is one layer of the lecture's network. */
    @Param({Shape.LECTURE_LAYER_TEXT})
    public String shape;

    /** 0 means all cores. */
    @Param({"1"})
    public int threads;

    private int m;
    private int k;
    private int n;
    private Operands x;
    /** A and B as bfloat16 bits, for precision bf16. */
    private short[] a16;
    private short[] b16;
    private Workers workers;
    private ParallelMatMul gemm;

    @Setup(Level.Trial)
    public void setUp() {
        Shape s = Shape.parse(shape);
        m = s.m();
        k = s.k();
        n = s.n();
        x = Operands.draw(!precision.equals("f64"), m, k, n, new SplittableRandom(42));
        if (precision.equals("bf16")) {
            a16 = bits(x.af);
            b16 = bits(x.bf);
        }
        workers = new Workers(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
        gemm = new ParallelMatMul(Kernels.matMul(kernel), workers);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workers.close();
    }

    /** Each value's bfloat16 bits. */
    private static short[] bits(float[] values) {
        short[] bits = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = LowPrecision.bfloat16Bits(values[i]);
        }
        return bits;
    }

    /** Returns C so the product cannot be eliminated as dead code. */
    @Benchmark
    public Object multiply() {
        if (a16 != null) {
            gemm.multiply(a16, b16, x.cf, m, k, n);
            return x.cf;
        }
        if (x.f32()) {
            gemm.multiply(x.af, x.bf, x.cf, m, k, n);
            return x.cf;
        }
        gemm.multiply(x.ad, x.bd, x.cd, m, k, n);
        return x.cd;
    }
}
