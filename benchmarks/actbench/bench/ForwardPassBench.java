package actbench.bench;

import actbench.concurrent.Workers;
import actbench.experiment.ForwardPass;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
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
 * One whole forward pass of the lecture's network (10 layers of 500, batch 1000), as numpy's
 * {@code for W in Ws: H = np.tanh(H @ W)}: per layer, load the weights (round them to the
 * precision, which numpy's float32 {@code Ws} need not: 0.09-0.13 ms a layer here, about 1% of a
 * pass; and pack B, the work numpy's BLAS does inside every call), multiply, apply the
 * activation. The weights are drawn once in setup, outside the timing. Statistics are not
 * computed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
public class ForwardPassBench {

    static final int DEPTH = 10;
    static final int WIDTH = 500;
    static final int BATCH = 1000;

    @Param({"tanh", "relu"})
    public String activation;

    @Param({"f32", "f64"})
    public String precision;

    /** 0 means all cores. */
    @Param({"1", "0"})
    public int threads;

    @Param({Kernels.AUTO})
    public String kernel;

    private Workers workers;
    private ForwardPass pass;
    private double[][] weights;
    private Activation act;

    @Setup(Level.Trial)
    public void setUp() {
        workers = new Workers(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
        Precision p = Precision.valueOf(precision.toUpperCase(java.util.Locale.ROOT));
        pass = ForwardPass.create(p, BATCH, WIDTH, Kernels.select(kernel), workers, false);
        act = Activation.parse(activation);
        SplittableRandom random = new SplittableRandom(7);
        double[] input = new double[BATCH * WIDTH];
        for (int i = 0; i < input.length; i++) {
            input[i] = random.nextGaussian();
        }
        pass.loadInput(input);
        weights = new double[DEPTH][WIDTH * WIDTH];
        double std = Math.sqrt(1.0 / WIDTH);
        for (double[] w : weights) {
            for (int i = 0; i < w.length; i++) {
                w[i] = random.nextGaussian() * std;
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workers.close();
    }

    @Benchmark
    public ForwardPass pass() {
        pass.restart();
        for (double[] w : weights) {
            pass.loadWeights(w);
            pass.advance(act);
        }
        return pass;
    }
}
