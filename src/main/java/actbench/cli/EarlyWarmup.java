package actbench.cli;

import actbench.experiment.StatsConfig;
import actbench.experiment.Warmup;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts the kernels' {@link Warmup} before picocli builds its model of the command line, which
 * takes about 0.3 s of reflection on a cold JVM: a quarter of the lecture's whole job. It reads
 * the few options that decide what to warm up from a quick look at the arguments; the command
 * validates every option properly afterwards and starts the warm-up it needs if this look missed.
 */
final class EarlyWarmup {

    private EarlyWarmup() {
    }

    /** {@code args} as the command line has them, the command first ({@link Cli#withDefaultCommand}). */
    static void start(String[] args) {
        if (args.length == 0 || !List.of("stats", "sweep").contains(args[0])) {
            return;
        }
        for (String arg : args) {
            if (Cli.ROOT_OPTIONS.contains(arg)) {
                return;
            }
        }
        try {
            Precision precision = Precision.valueOf(value(args, "--precision", "f32").toUpperCase(Locale.ROOT));
            List<Activation> activations = new ArrayList<>();
            boolean stats = args[0].equals("stats");
            for (String name : value(args, "--activation", stats ? StatsCommand.ACTIVATIONS : "tanh").split(",")) {
                activations.add(Activation.parse(name));
            }
            Kernels.Selection kernels = Kernels.select(value(args, "--kernel", Kernels.AUTO));
            if (stats) {
                // the activation kernel stats will choose, so that the warm-up compiles that one
                long values = (long) activations.size() * value(args, "--init", StatsCommand.INITS).split(",").length
                        * Long.parseLong(value(args, "--seeds", StatsCommand.SEEDS))
                        * Long.parseLong(value(args, "--depth", StatsConfig.Network.LECTURE_DEPTH))
                        * Long.parseLong(value(args, "--width", StatsConfig.Network.LECTURE_WIDTH))
                        * Long.parseLong(value(args, "--batch", StatsConfig.Network.LECTURE_BATCH));
                kernels = Warmup.forRun(kernels, Double.parseDouble(value(args, "--measure", StatsCommand.MEASURE)) > 0,
                        values);
            }
            Warmup.start(precision, activations, kernels);
        } catch (RuntimeException e) {
            // bad input: the command reports it in its own words
        }
    }

    /** The last value of {@code option} ({@code --name value} or {@code --name=value}), as picocli takes it. */
    private static String value(String[] args, String option, String fallback) {
        String value = fallback;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(option) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith(option + "=")) {
                value = args[i].substring(option.length() + 1);
            }
        }
        return value;
    }
}
