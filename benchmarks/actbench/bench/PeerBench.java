package actbench.bench;

import actbench.bench.peers.PeerProduct;
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
 * The same product as {@link MatMulBench}, computed by the libraries a Java user could call
 * instead: EJML, ojAlgo, netlib's Java BLAS and native OpenBLAS through JNI. Same shapes,
 * precisions, thread counts and measurement, one peer per fork.
 *
 * <p>The peers are benchmark-only dependencies in {@code target/peers/}: run through
 * {@code ./run.sh bench}, which puts them on the class path and sets {@code OPENBLAS_NUM_THREADS}
 * for the native one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// native access for netlib's JNI bridge: JDK 24+ warn on every fork without it, JDK 17 accepts it
@Fork(value = 1, jvmArgsPrepend = {"--add-modules=jdk.incubator.vector", "-Xmx2g",
    "--enable-native-access=ALL-UNNAMED"})
public class PeerBench {

    @Param({"ejml", "ojalgo", "netlib-java", "openblas-jni"})
    public String peer;

    @Param({"f32", "f64"})
    public String precision;

    @Param({Shape.LECTURE_LAYER_TEXT})
    public String shape;

    @Param({"1"})
    public int threads;

    private PeerProduct product;

    @Setup(Level.Trial)
    public void setUp() {
        Shape s = Shape.parse(shape);
        product = PeerProduct.create(peer, precision.equals("f32"), s.m(), s.k(), s.n(), threads,
                new SplittableRandom(42));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        product.close();
    }

    @Benchmark
    public Object multiply() {
        return product.multiply();
    }
}
