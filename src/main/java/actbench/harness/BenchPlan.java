package actbench.harness;

import actbench.kernel.Kernels;
import actbench.matrix.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code bench} runs and for how long. {@link #quick} answers the main questions (every
 * kernel and every peer library on the lecture's shape, the best kernel in {@value #SPREAD_FORKS}
 * forks and paired call by call with native OpenBLAS, the measured peak, one forward pass) in about four minutes on two cores; {@link #full}
 * adds all threads for every kernel, the size sweep, activations and relu passes, with longer
 * iterations.
 */
public record BenchPlan(List<JmhJob> jobs, int warmupIterations, int measurementIterations,
                        int secondsPerIteration, int forks) {

    /** The lecture's layer: C[1000 x 500] = A[1000 x 500] @ B[500 x 500]. */
    public static final String LAYER_SHAPE = Shape.LECTURE_LAYER_TEXT;
    static final List<String> SQUARE_SWEEP = List.of("128x128x128", "256x256x256", "512x512x512",
            "1024x1024x1024", "2048x2048x2048");

    /**
     * Forks of the best kernel on the lecture's layer: one launch's compile can differ from
     * another's (a kernel that spills runs at half speed), and only several launches show it.
     */
    public static final int SPREAD_FORKS = 5;

    /** The precision label of the 16-bit storage rung, and the kernel that has one. */
    public static final String BFLOAT16 = "bf16";
    static final String BFLOAT16_KERNEL = "vector-packed";

    /**
     * @param kernels ours; the best of them ({@link #best}) runs on every thread count and in
     *                {@value #SPREAD_FORKS} forks
     * @param peers   the peer libraries that can run here ({@link Peers#unavailable()} tells)
     */
    public static BenchPlan quick(List<String> kernels, List<String> precisions, int cores, List<String> peers) {
        List<JmhJob> jobs = new ArrayList<>();
        for (String precision : precisions) {
            jobs.add(job("PeakBench." + precision, Map.of()));
        }
        String best = best(kernels);
        for (String kernel : kernels) {
            for (String precision : precisions) {
                jobs.add(matMul(kernel, precision, LAYER_SHAPE, 1, kernel.equals(best) ? SPREAD_FORKS : 0));
            }
        }
        for (String precision : precisions) {
            if (cores > 1) {
                jobs.add(matMul(best, precision, LAYER_SHAPE, cores, 0));
            }
            addPeers(jobs, peers, precision, threads(cores));
            addPaired(jobs, best, peers, precision, threads(cores));
            jobs.add(forward("tanh", precision, 1));
        }
        addBfloat16(jobs, best, precisions, threads(cores));
        return new BenchPlan(jobs, 1, 3, 1, 1);
    }

    public static BenchPlan full(List<String> kernels, List<String> precisions, int cores, List<String> peers) {
        List<JmhJob> jobs = new ArrayList<>();
        List<Integer> threads = threads(cores);
        for (String precision : precisions) {
            jobs.add(job("PeakBench." + precision, Map.of()));
        }
        String best = best(kernels);
        for (String kernel : kernels) {
            for (String precision : precisions) {
                for (int t : threads) {
                    jobs.add(matMul(kernel, precision, LAYER_SHAPE, t, kernel.equals(best) && t == 1 ? SPREAD_FORKS : 0));
                }
            }
        }
        for (String precision : precisions) {
            addPeers(jobs, peers, precision, threads);
            addPaired(jobs, best, peers, precision, threads);
        }
        addBfloat16(jobs, best, precisions, threads);
        // The size sweep only for the vector kernels: naive needs minutes at 2048.
        for (String kernel : kernels) {
            if (kernel.startsWith("vector")) {
                for (String precision : precisions) {
                    for (String shape : SQUARE_SWEEP) {
                        jobs.add(matMul(kernel, precision, shape, 1, 0));
                    }
                }
            }
        }
        for (String precision : precisions) {
            jobs.add(job("ActivationBench.*", Map.of("precision", precision)));
            jobs.add(job("StatisticsBench.*", Map.of("precision", precision)));
            for (String activation : List.of("tanh", "relu")) {
                for (int t : threads) {
                    jobs.add(forward(activation, precision, t));
                }
            }
        }
        return new BenchPlan(jobs, 3, 5, 2, 1);
    }

    /**
     * The highest rung of {@link Kernels#names()} (slowest first) among {@code kernels}, whatever
     * order the user listed them in.
     */
    static String best(List<String> kernels) {
        return kernels.stream().max(Comparator.comparingInt(Kernels.names()::indexOf)).orElseThrow();
    }

    /**
     * The 16-bit storage rung: the best kernel reading A and B as bfloat16 bits, beside its f32
     * rows, where it can ({@code vector-packed}).
     */
    private static void addBfloat16(List<JmhJob> jobs, String best, List<String> precisions, List<Integer> threads) {
        if (precisions.contains("f32") && best.equals(BFLOAT16_KERNEL)) {
            for (int t : threads) {
                jobs.add(matMul(best, BFLOAT16, LAYER_SHAPE, t, 0));
            }
        }
    }

    private static List<Integer> threads(int cores) {
        return cores > 1 ? List.of(1, cores) : List.of(1);
    }

    private static JmhJob matMul(String kernel, String precision, String shape, int threads, int forks) {
        return new JmhJob("MatMulBench.multiply", product(kernel, precision, shape, threads), forks, Map.of());
    }

    /** The parameters of one of our products (MatMulBench, PairedBench). */
    private static Map<String, String> product(String kernel, String precision, String shape, int threads) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kernel", kernel);
        params.put("precision", precision);
        params.put("shape", shape);
        params.put("threads", Integer.toString(threads));
        return params;
    }

    /** Each peer on the lecture's layer; native OpenBLAS pinned to the row's thread count. */
    private static void addPeers(List<JmhJob> jobs, List<String> peers, String precision, List<Integer> threads) {
        for (String peer : peers) {
            for (int t : threads) {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("peer", peer);
                params.put("precision", precision);
                params.put("shape", LAYER_SHAPE);
                params.put("threads", Integer.toString(t));
                jobs.add(new JmhJob("PeerBench.multiply", params, 0,
                        peer.equals(Peers.NATIVE) ? openBlas(t) : Map.of()));
            }
        }
    }

    /**
     * The best kernel and native OpenBLAS timed call by call in one fork (PairedBench), where both
     * exist: their ratio under the same machine conditions.
     */
    private static void addPaired(List<JmhJob> jobs, String best, List<String> peers, String precision,
                                  List<Integer> threads) {
        if (!peers.contains(Peers.NATIVE) || !best.startsWith("vector")) {
            return;
        }
        for (int t : threads) {
            Map<String, String> environment = openBlas(t);
            // OpenBLAS's threads spin for up to 2^28 cycles after a call before they sleep, on the
            // cores our next call needs: our two-thread calls took 8-11 ms beside them, 6-7 ms with
            // its shortest spin (2^4)
            environment.put("OPENBLAS_THREAD_TIMEOUT", "4");
            jobs.add(new JmhJob("PairedBench.pair", product(best, precision, LAYER_SHAPE, t), 0, environment));
        }
    }

    /** OpenBLAS's environment as numpy's baseline has it: its own kernels for this CPU, {@code threads} threads. */
    private static Map<String, String> openBlas(int threads) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("OPENBLAS_NUM_THREADS", Integer.toString(threads));
        NumpyBaseline.OPENBLAS_OVERRIDES.forEach(name -> environment.put(name, ""));
        return environment;
    }

    private static JmhJob forward(String activation, String precision, int threads) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("activation", activation);
        params.put("precision", precision);
        params.put("threads", Integer.toString(threads));
        return job("ForwardPassBench.pass", params);
    }

    private static JmhJob job(String benchmark, Map<String, String> params) {
        return new JmhJob(benchmark, params);
    }

    /**
     * A fork's start and set-up beyond its iterations: 1.1-1.3 s here (JMH, one fork of four
     * one-second iterations, 5.1-5.3 s in all); two quick runs took 3 min 49 s and 3 min 50 s with
     * numpy's baseline, where 4 s a fork had promised 6 minutes.
     */
    private static final double FORK_SECONDS = 1.5;

    /** Rough wall-clock seconds, for the user's expectations. */
    public int estimatedSeconds() {
        double perFork = (warmupIterations + measurementIterations) * secondsPerIteration + FORK_SECONDS;
        return (int) Math.round(jobs.stream().mapToDouble(job -> perFork * (job.forks() > 0 ? job.forks() : forks)).sum());
    }
}
