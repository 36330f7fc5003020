package actbench.experiment;

import actbench.init.Initializer;
import actbench.model.Activation;
import actbench.stats.LayerStatistics;
import actbench.stats.MeanField;
import actbench.stats.SeedSpread;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

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
                        LayerStatistics input, List<LayerStatistics> layers, Optional<Throughput> throughput,
                        List<GradientPass.LayerGradients> gradients, List<MeanField.Moments> theory,
                        List<SeedSpread> spread) {

    /**
     * What a run did not compute is empty, never null: {@code throughput} without timing,
     * {@code gradients} without a backward pass, {@code theory} where the mean-field theory does not
     * apply, {@code spread} with one seed. A layer that overflowed under some seed has a null spread
     * entry, the one null left.
     */
    public RunResult {
        layers = List.copyOf(layers);
        theory = List.copyOf(theory);
        spread = Collections.unmodifiableList(new ArrayList<>(spread));
        gradients = List.copyOf(gradients);
    }

    /** The prediction for layer {@code layer} (1-based), if the theory applies. */
    public Optional<MeanField.Moments> theory(int layer) {
        return theory.isEmpty() ? Optional.empty() : Optional.of(theory.get(layer - 1));
    }

    /** The weights' standard deviation in layer 1 (fan_in = fan_out = width). */
    public double scale() {
        return init.std(config.width(), config.width());
    }
}
