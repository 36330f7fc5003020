package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Gets the forward pass compiled by C2 before the real work needs it.
 *
 * <p>Until C2 compiles them, Vector API kernels run in a fallback that boxes every vector, about
 * 100x slower than compiled: a cold run of the lecture's job spent most of its seconds computing
 * its first layers that way. A warm-up runs the same forward pass (packing, product, activation,
 * statistics) on a tiny network, on a thread of its own, while the main thread parses the command
 * line and draws the input. Its shapes cover full and edge tiles and panels, and a product deep
 * enough for several blocks of k, so the compiled code meets no untaken branch later (C2 compiles
 * a branch never taken as a trap that throws the code away when it is). The real work waits
 * ({@link #awaitReady}) until a tiny pass runs at compiled speed: a layer computed in the fallback
 * costs more than the whole wait. Results of the warm-up are thrown away. The JIT's state belongs
 * to the JVM, so the warm-ups are kept per JVM, one per precision and kernel.
 */
public final class Warmup {

    /**
     * A tiny pass at this rate, per second of the warm-up thread's own CPU time, runs compiled
     * code. Measured on a Zen 3 core: 0.002-0.02 GFLOPS while any kernel is in the fallback,
     * 0.12-0.4 once all are compiled, depending on the machine's state (on these tiny shapes the
     * bookkeeping around the kernels weighs as much as the arithmetic). CPU time, not wall time:
     * on two cores shared with the main thread and the compilers, a compiled round that lost its
     * core for a few milliseconds measured 0.02-0.03 by the clock, and compiled rounds hovered
     * around the old wall-clock threshold of 0.15, holding the real work back by up to 0.17 s.
     */
    private static final double COMPILED_GFLOPS = 0.1;
    /** Consecutive passes at that rate before the kernels count as compiled. */
    private static final int STEADY_PASSES = 3;
    /** Never hold the real work back longer than this (a JVM without C2, a very busy machine). */
    private static final long MAX_MILLIS = 8_000;

    /** k of the deep product: two blocks of k and a partial third for any block depth up to 256. */
    private static final int DEEP = 520;

    private static final Map<String, Warmup> STARTED = new ConcurrentHashMap<>();

    private final CountDownLatch ready = new CountDownLatch(1);

    private Warmup() {
    }

    /**
     * Starts warming up the pass in {@code precision} with {@code activations} on a daemon thread,
     * unless one already runs for this precision and kernel; scalar kernels need none.
     */
    public static void start(Precision precision, List<Activation> activations, Kernels.Selection kernels) {
        if (!kernels.capabilities().vectors() || !kernels.matMul().name().startsWith("vector")) {
            return;
        }
        STARTED.computeIfAbsent(key(precision, kernels), k -> {
            Warmup warmup = new Warmup();
            Thread thread = new Thread(() -> {
                try {
                    warm(precision, activations, kernels, MAX_MILLIS);
                } finally {
                    warmup.ready.countDown();
                }
            }, "actbench-warmup");
            thread.setDaemon(true);
            thread.start();
            return warmup;
        });
    }

    /** Waits until the warm-up for this precision and kernel is done, if one was started. */
    public static void awaitReady(Precision precision, Kernels.Selection kernels) {
        Warmup warmup = STARTED.get(key(precision, kernels));
        if (warmup == null) {
            return;
        }
        try {
            warmup.ready.await(MAX_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Activated values below which a run that times nothing is faster with the scalar activation
     * kernel. Until C2 compiles it (last, after the product's kernels), a vector activation runs in
     * the Vector API's interpreted fallback, 1 to 60 ms for 256 values of tanh: the lecture's cold
     * job spent its first combination there (0.57 s against 0.1 s for each later one). The scalar
     * twin gives the same bits and is compiled early, at 5 to 10 ns a value more than the compiled
     * vector loop, so it wins below roughly 0.45 s / 5 ns, about 10^8 values (measured: 96 million,
     * depth 24, still 4% faster; the lecture's 40 million 17% faster).
     */
    static final long SCALAR_ACTIVATION_BELOW = 100_000_000;

    /**
     * Statistics values below which a run is faster with the scalar census, timed or not (timed
     * passes count nothing). The vector census counts a value in 0.5 ns against 2.1 (JMH, f32) but
     * pays its compile and its first calls in the fallback: with it, alternating cold runs, the
     * lecture's tables (44 million values) were 0.50 s slower (0 of 10 pairs), the default run 0.77 s
     * (0 of 5), the default sweep (109 million) 0.45 s (2 of 8), and the large job (800 million)
     * 1.46 s faster (5 of 5); the line through those crosses zero near 270 million.
     */
    static final long SCALAR_CENSUS_BELOW = 300_000_000;

    /** The kernels for statistics over {@code values} values: the scalar census below {@value #SCALAR_CENSUS_BELOW}. */
    public static Kernels.Selection forStatistics(Kernels.Selection kernels, long values) {
        return values >= SCALAR_CENSUS_BELOW ? kernels : kernels.withScalarCensus();
    }

    /**
     * The kernels for a stats run that activates {@code activatedValues} values: the census as
     * {@link #forStatistics} picks it, and the scalar activation if the run times nothing and
     * activates fewer than {@value #SCALAR_ACTIVATION_BELOW}.
     */
    public static Kernels.Selection forRun(Kernels.Selection kernels, boolean timed, long activatedValues) {
        Kernels.Selection chosen = forStatistics(kernels, activatedValues);
        return timed || activatedValues >= SCALAR_ACTIVATION_BELOW ? chosen : chosen.withScalarActivation();
    }

    private static String key(Precision precision, Kernels.Selection kernels) {
        return precision + "/" + kernels.matMul().name();
    }

    /**
     * Runs tiny forward passes until {@value #STEADY_PASSES} in a row run at compiled speed, or
     * {@code maxMillis} have passed; returns whether the kernels reached compiled speed.
     */
    static boolean warm(Precision precision, List<Activation> activations, Kernels.Selection kernels,
                        long maxMillis) {
        // a tiny network, so the fallback's cost per call stays small while calls add up to the
        // compile thresholds: 13 rows are full and edge tiles for 4, 8 or 10-row tiles, 37
        // columns full and edge panels of 8, 16 or 32
        int batch = 13;
        int width = 37;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        try (Workers one = Workers.single()) {
            // statistics with and without histograms: C2 sees both paths of the accumulator's
            // loop (one never taken would be compiled as a trap that throws the code away)
            List<ForwardPass> passes = List.of(ForwardPass.create(precision, batch, width, kernels, one, true),
                    ForwardPass.create(precision, batch, width, kernels, one, false));
            double flops = 2.0 * batch * width * width * activations.size() * passes.size() + 2.0 * DEEP;
            double[] values = new double[Math.max(batch, width) * width];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((i * 7919) % 199 - 99) / 99.0;
            }
            Deep deep = new Deep(precision);
            LongSupplier clock = cpuClock();
            int steady = 0;
            while (steady < STEADY_PASSES && System.nanoTime() < deadline) {
                long start = clock.getAsLong();
                for (ForwardPass pass : passes) {
                    for (Activation activation : activations) {
                        pass.loadInput(values);
                        pass.loadWeights(values);
                        pass.layer(activation);
                    }
                }
                deep.multiply(kernels);
                double gflops = flops / (clock.getAsLong() - start);
                steady = gflops >= COMPILED_GFLOPS ? steady + 1 : 0;
            }
            return steady == STEADY_PASSES;
        }
    }

    /**
     * Nanoseconds of the calling thread's CPU time, or of the clock where the JVM cannot measure
     * it or has it switched off (its reading would be -1). Asked on the warm-up thread, so the
     * main thread does not load the thread bean's classes.
     */
    private static LongSupplier cpuClock() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
                ? threads::getCurrentThreadCpuTime : System::nanoTime;
    }

    /** A 1 x DEEP by DEEP x 1 product: cheap even in the fallback, and deep enough to block k. */
    private record Deep(float[] a, float[] c, double[] a64, double[] c64) {

        Deep(Precision precision) {
            this(new float[precision.compute() == Precision.F32 ? DEEP : 0], new float[1],
                    new double[precision == Precision.F64 ? DEEP : 0], new double[1]);
        }

        void multiply(Kernels.Selection kernels) {
            if (a.length > 0) {
                kernels.matMul().multiply(a, a, c, 1, DEEP, 1);
            } else {
                kernels.matMul().multiply(a64, a64, c64, 1, DEEP, 1);
            }
        }
    }
}
