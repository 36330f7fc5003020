package actbench.experiment;

import actbench.concurrent.Workers;
import actbench.init.Gain;
import actbench.init.Initializer;
import actbench.kernel.Kernels;
import actbench.model.Activation;
import actbench.random.NormalTapes;
import actbench.stats.LayerStatistics;
import actbench.stats.Verdict;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A grid of gain multipliers x depths for one activation and base initializer: the std of the
 * last layer (and, if asked, of the first layer's weight gradient) for every cell. One network of
 * the largest depth per gain gives every depth's last layer; the same seed for every gain, so the
 * cells differ by the gain alone. Gradients need a backward pass per cell.
 *
 * @param std         {@code std[g][d]}: the std of layer {@code depths[d]} under gain {@code gains[g]};
 *                    NaN where the layer overflowed
 * @param gradientStd the same grid for dL/dW of layer 1 with {@code depths[d]} layers, or null
 */
public record Sweep(Activation activation, Initializer init, double[] gains, int[] depths, double[][] std,
                    double[][] gradientStd) {

    /**
     * Runs the grid for {@code config}'s one activation and initializer (its depth and gain are
     * replaced per cell; with its gradients on, every cell also runs a backward pass);
     * {@code progress} hears the number of finished gains.
     */
    public static Sweep run(StatsConfig config, double[] gains, int[] depths, Kernels.Selection kernels,
                            Workers workers, IntConsumer progress) {
        Activation activation = config.activations().get(0);
        Initializer init = config.inits().get(0);
        boolean gradients = config.gradients();
        int deepest = depths[depths.length - 1];
        double[][] std = new double[gains.length][depths.length];
        double[][] gradientStd = gradients ? new double[gains.length][depths.length] : null;
        // every gain starts from the same seed: one tape serves them all
        NormalTapes tapes = ActivationExperiment.tapes(config.withDepth(deepest));
        for (int g = 0; g < gains.length; g++) {
            Gain gain = Gain.of(gains[g]);
            StatsConfig forward = config.withDepth(deepest).withGradients(false).withGain(gain).withHistograms(false);
            RunResult run = new ActivationExperiment(forward, kernels, workers, tapes).run(activation, init);
            for (int d = 0; d < depths.length; d++) {
                LayerStatistics last = run.layers().get(depths[d] - 1);
                std[g][d] = last.overflow() ? Double.NaN : last.std();
                if (gradients) {
                    StatsConfig backward = config.withDepth(depths[d]).withGain(gain); // gradients on, as here
                    List<GradientPass.LayerGradients> grads = new ActivationExperiment(backward, kernels, workers, tapes)
                            .run(activation, init).gradients();
                    LayerStatistics first = grads.get(0).dw();
                    gradientStd[g][d] = first.overflow() ? Double.NaN : first.std();
                }
            }
            progress.accept(g + 1);
        }
        return new Sweep(activation, init, gains, depths, std, gradientStd);
    }

    /**
     * The stable band at the deepest depth: the indices of the gains whose last-layer std stays
     * within a factor of 10 of layer 1's, neither vanished nor exploded as {@link Verdict} judges.
     * Layer 1's std is the first depth's when the grid starts at 1, else the input's (1).
     */
    public int[] stableGains() {
        int last = depths.length - 1;
        return IntStream.range(0, gains.length)
                .filter(g -> Verdict.keepsSpread(std[g][last] / (depths[0] == 1 ? std[g][0] : 1))).toArray();
    }

    /** {@code count} values from {@code from} to {@code to}, evenly spaced on a log scale. */
    public static double[] logSpaced(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = count == 1 ? from : from * Math.pow(to / from, (double) i / (count - 1));
        }
        return values;
    }
}
