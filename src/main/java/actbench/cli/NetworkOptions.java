package actbench.cli;

import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.random.NumpyRandom;
import actbench.random.Rng;
import java.util.Iterator;
import java.util.Map;
import picocli.CommandLine.Option;

/** How a network is drawn and computed, shared by {@code stats} and {@code sweep}. A picocli mixin. */
final class NetworkOptions {

    @Option(names = "--seed", defaultValue = "0",
            description = "Seed in [0, 4294967295], as np.random.seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rng", defaultValue = "numpy", paramLabel = "numpy|fast",
            description = "numpy: numpy's legacy stream, bit for bit; fast: parallel "
                    + "SplittableRandom blocks (default: ${DEFAULT-VALUE}).")
    private String rng;

    @Option(names = "--precision", defaultValue = "f32", paramLabel = "f32|f64|bf16|f16",
            description = "Compute precision; bf16 and f16 store every value (input, weights, activations) "
                    + "rounded to that format and accumulate in float32; statistics are always double "
                    + "(default: ${DEFAULT-VALUE}).")
    private String precision;

    @Option(names = "--kernel", defaultValue = Kernels.AUTO, paramLabel = "auto|NAME",
            description = "Matrix-multiply kernel: auto is vector-packed where the Vector API works, else reordered; "
                    + "available: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = KernelNames.class)
    String kernel;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads (default: all cores, ${sys:actbench.cores}).")
    private Integer threads;

    /**
     * For picocli's help: the kernels this JVM offers. Asked only when help is shown: picocli makes
     * this object while it builds its model, and loading the kernels (which primes the vector ones)
     * belongs on the early warm-up's thread, not in the main thread's parsing.
     */
    static final class KernelNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Kernels.names().iterator();
        }
    }

    static {
        System.setProperty("actbench.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    long seed(Checks checks) {
        if (seed < 0 || seed > NumpyRandom.MAX_SEED) {
            throw checks.invalid("--seed", Long.toString(seed), "an integer from 0 to " + NumpyRandom.MAX_SEED);
        }
        return seed;
    }

    Rng rng(Checks checks) {
        return checks.choose("--rng", rng, Map.of("numpy", Rng.NUMPY, "fast", Rng.FAST), "numpy, fast");
    }

    Precision precision(Checks checks) {
        return checks.choose("--precision", precision, Map.of("f32", Precision.F32, "f64", Precision.F64,
                "bf16", Precision.BF16, "f16", Precision.F16), "f32, f64, bf16, f16");
    }

    int threads(Checks checks) {
        int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        checks.range("--threads", count, 1, 1024);
        int cores = Runtime.getRuntime().availableProcessors();
        if (count > cores) {
            // allowed (results do not depend on threads), but the user should know it cannot be faster
            checks.spec().commandLine().getErr().println("actbench: warning: --threads " + count + " is more than this "
                    + "machine's " + cores + " cores: the extra threads only take turns");
        }
        return count;
    }

    /** The kernels named by --kernel. */
    Kernels.Selection kernels(Checks checks) {
        try {
            return Kernels.select(kernel);
        } catch (IllegalArgumentException e) {
            throw checks.invalid("--kernel", kernel, "auto, " + String.join(", ", Kernels.names()));
        }
    }
}
