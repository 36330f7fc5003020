package actbench.bench;

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

    private KernelProduct product;

    @Setup(Level.Trial)
    public void setUp() {
        product = new KernelProduct(kernel, precision, Shape.parse(shape),
                threads == 0 ? Runtime.getRuntime().availableProcessors() : threads, new SplittableRandom(42));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        product.close();
    }

    /** Returns C so the product cannot be eliminated as dead code. */
    @Benchmark
    public Object multiply() {
        return product.multiply();
    }
}
