package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.init.Gain;
import actbench.init.Initializers;
import actbench.input.InputSpec;
import actbench.kernel.Activation;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.random.Rng;
import java.util.List;

/** Runs one combination of E1 without timing, for tests. */
final class Runs {

    private Runs() {
    }

    static RunResult run(String activation, String init, int depth, int width, int batch, long seed,
                         Rng rng, Precision precision, int threads) {
        return run(activation, init, depth, width, batch, seed, rng, precision, threads, Kernels.AUTO);
    }

    static RunResult run(String activation, String init, int depth, int width, int batch, long seed,
                         Rng rng, Precision precision, int threads, String kernel) {
        return run(activation, init, depth, width, batch, seed, rng, precision, threads, kernel, false);
    }

    static RunResult run(String activation, String init, int depth, int width, int batch, long seed,
                         Rng rng, Precision precision, int threads, String kernel, boolean gradients) {
        return run(activation, init, depth, width, batch, seed, rng, precision, threads, kernel, gradients, 1);
    }

    static RunResult run(String activation, String init, int depth, int width, int batch, long seed,
                         Rng rng, Precision precision, int threads, String kernel, boolean gradients,
                         int seeds) {
        StatsConfig config = new StatsConfig(List.of(Activation.parse(activation)),
                List.of(Initializers.parse(init)), depth, width, batch, seed, rng, precision, kernel,
                threads, 0, 0, gradients, seeds, Gain.ONE, InputSpec.LECTURE);
        try (Workers workers = new Workers(threads)) {
            return new ActivationExperiment(config, Kernels.select(kernel), workers)
                    .run(config.activations().get(0), config.inits().get(0));
        }
    }
}
