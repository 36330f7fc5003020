package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.init.Initializers;
import actbench.input.InputSpec;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
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
        StatsConfig config = StatsConfig.of(new StatsConfig.Network(depth, width, batch),
                        new StatsConfig.Draws(InputSpec.LECTURE, rng, seed, seeds), new StatsConfig.Compute(precision, threads))
                .withCombinations(List.of(Activation.parse(activation)), List.of(Initializers.parse(init)))
                .withGradients(gradients);
        try (Workers workers = new Workers(threads)) {
            return new ActivationExperiment(config, Kernels.select(kernel), workers)
                    .run(config.activations().get(0), config.inits().get(0));
        }
    }
}
