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
        // on a thread of its own: choosing the kernels loads and primes them (OperationPriming, some
        // 60 ms of class loading and first uses), which the main thread's parsing need not wait for
        Thread early = new Thread(() -> {
            try {
                Precision precision = Precision.valueOf(value(args, "--precision", "f32").toUpperCase(Locale.ROOT));
                List<Activation> activations = new ArrayList<>();
                for (String name : activationNames(args)) {
                    activations.add(Activation.parse(name));
                }
                Warmup.start(precision, activations, kernels(args));
            } catch (RuntimeException e) {
                // bad input: the command reports it in its own words
            }
        }, "actbench-early-warmup");
        early.setDaemon(true);
        early.start();
    }

    /**
     * The kernels the command will choose, so that the warm-up compiles those: the activation and
     * census kernels {@link Warmup#forRun} (stats) or {@link Warmup#forStatistics} (sweep) pick
     * from the options that decide them.
     */
    static Kernels.Selection kernels(String[] args) {
        Kernels.Selection kernels = Kernels.select(value(args, "--kernel", Kernels.AUTO));
        if (args[0].equals("sweep")) {
            String[] gains = value(args, "--gains", SweepCommand.GAINS).split(":");
            String[] depths = value(args, "--depths", SweepCommand.DEPTHS).split(":");
            return Warmup.forStatistics(kernels, SweepCommand.statisticsValues(
                    gains.length == 3 ? Long.parseLong(gains[2].trim()) : 1,
                    Long.parseLong(depths[depths.length - 1].trim()),
                    Long.parseLong(value(args, "--batch", SweepCommand.BATCH)),
                    Long.parseLong(value(args, "--width", StatsConfig.Network.LECTURE_WIDTH))));
        }
        long networks = (long) activationNames(args).length * value(args, "--init", StatsCommand.INITS).split(",").length
                * Long.parseLong(value(args, "--seeds", StatsCommand.SEEDS));
        long values = StatsConfig.activatedValues(networks,
                Long.parseLong(value(args, "--depth", StatsConfig.Network.LECTURE_DEPTH)),
                Long.parseLong(value(args, "--batch", StatsConfig.Network.LECTURE_BATCH)),
                Long.parseLong(value(args, "--width", StatsConfig.Network.LECTURE_WIDTH)));
        return Warmup.forRun(kernels, Double.parseDouble(value(args, "--measure", StatsCommand.MEASURE)) > 0, values);
    }

    private static String[] activationNames(String[] args) {
        return value(args, "--activation", args[0].equals("stats") ? StatsCommand.ACTIVATIONS : "tanh").split(",");
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
