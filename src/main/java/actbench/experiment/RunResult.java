package actbench.experiment;

import actbench.init.Initializer;
import actbench.model.Activation;
import actbench.stats.LayerStatistics;
import actbench.stats.MeanField;
import actbench.stats.SeedSpread;
import java.util.List;

/**
 * The outcome of one combination of activation and initializer.
 *
 * @param kernel     the matrix-multiply kernel that computed it
 * @param throughput null when throughput was not measured
 * @param gradients  per layer (layer 1 first), null unless asked for
 * @param theory     mean-field prediction per layer (layer 1 first); null where the theory does not
 *                   apply (weights that are not zero-mean)
 * @param spread     per layer over {@code config.seeds()} seeds, null for one seed
 */
public record RunResult(StatsConfig config, Activation activation, Initializer init, String kernel,
                        LayerStatistics input, List<LayerStatistics> layers, Throughput throughput,
                        List<GradientPass.LayerGradients> gradients, List<MeanField.Moments> theory,
                        List<SeedSpread> spread) {

    public RunResult {
        layers = List.copyOf(layers);
        theory = theory == null ? null : List.copyOf(theory);
        // a layer that overflowed under some seed has no spread: null entries are allowed
        spread = spread == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(spread));
        gradients = gradients == null ? null : List.copyOf(gradients);
    }

    /** The prediction for layer {@code layer} (1-based), or null without a theory. */
    public MeanField.Moments theory(int layer) {
        return theory == null ? null : theory.get(layer - 1);
    }

    /** The weights' standard deviation in layer 1 (fan_in = fan_out = width). */
    public double scale() {
        return init.std(config.width(), config.width());
    }
}
