package actbench.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code bench} runs and for how long. {@link #quick} answers the main questions (every
 * kernel on the lecture's shape, the measured peak, one forward pass) in about two minutes on two
 * cores; {@link #full} adds all threads, the size sweep, activations and relu passes, with longer
 * iterations.
 */
public record BenchPlan(List<JmhJob> jobs, int warmupIterations, int measurementIterations,
                        int secondsPerIteration, int forks) {

    /** The lecture's layer: C[1000 x 500] = A[1000 x 500] @ B[500 x 500]. */
    public static final String LAYER_SHAPE = "1000x500x500";
    static final List<String> SQUARE_SWEEP = List.of("128x128x128", "256x256x256", "512x512x512",
            "1024x1024x1024", "2048x2048x2048");

    public static BenchPlan quick(List<String> kernels, List<String> precisions, int cores) {
        List<JmhJob> jobs = new ArrayList<>();
        for (String precision : precisions) {
            jobs.add(job("PeakBench." + precision, Map.of()));
        }
        for (String kernel : kernels) {
            for (String precision : precisions) {
                jobs.add(matMul(kernel, precision, LAYER_SHAPE, 1));
            }
        }
        String best = kernels.get(kernels.size() - 1);
        if (cores > 1) {
            for (String precision : precisions) {
                jobs.add(matMul(best, precision, LAYER_SHAPE, cores));
            }
        }
        for (String precision : precisions) {
            jobs.add(forward("tanh", precision, 1));
        }
        return new BenchPlan(jobs, 1, 3, 1, 1);
    }

    public static BenchPlan full(List<String> kernels, List<String> precisions, int cores) {
        List<JmhJob> jobs = new ArrayList<>();
        List<Integer> threads = cores > 1 ? List.of(1, cores) : List.of(1);
        for (String precision : precisions) {
            jobs.add(job("PeakBench." + precision, Map.of()));
        }
        for (String kernel : kernels) {
            for (String precision : precisions) {
                for (int t : threads) {
                    jobs.add(matMul(kernel, precision, LAYER_SHAPE, t));
                }
            }
        }
        // The size sweep only for the vector kernels: naive needs minutes at 2048.
        for (String kernel : kernels) {
            if (kernel.startsWith("vector")) {
                for (String precision : precisions) {
                    for (String shape : SQUARE_SWEEP) {
                        jobs.add(matMul(kernel, precision, shape, 1));
                    }
                }
            }
        }
        for (String precision : precisions) {
            jobs.add(job("ActivationBench.*", Map.of("precision", precision)));
            for (String activation : List.of("tanh", "relu")) {
                for (int t : threads) {
                    jobs.add(forward(activation, precision, t));
                }
            }
        }
        return new BenchPlan(jobs, 3, 5, 2, 1);
    }

    private static JmhJob matMul(String kernel, String precision, String shape, int threads) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kernel", kernel);
        params.put("precision", precision);
        params.put("shape", shape);
        params.put("threads", Integer.toString(threads));
        return job("MatMulBench.multiply", params);
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

    /** Rough wall-clock seconds, for the user's expectations. */
    public int estimatedSeconds() {
        return jobs.size() * ((warmupIterations + measurementIterations) * secondsPerIteration + 2) * forks;
    }
}
