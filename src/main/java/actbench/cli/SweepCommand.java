package actbench.cli;

import actbench.concurrent.Workers;
import actbench.experiment.StatsConfig;
import actbench.experiment.Sweep;
import actbench.experiment.Warmup;
import actbench.init.Initializer;
import actbench.init.Initializers;
import actbench.input.InputSpec;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.random.Rng;
import actbench.report.Environment;
import actbench.report.ReportFolder;
import actbench.report.StatsReport;
import actbench.report.SweepReport;
import actbench.report.View;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actbench sweep}: where the stable band is, over gain multipliers and depths. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = Cli.Version.class,
        description = {
            "Multiplies one initializer's weights by each gain of a log-spaced range and records the std "
                    + "of the last layer for every depth of a range (and, with --gradients, the std of "
                    + "the first layer's weight gradient): a heatmap (log colour scale, white = std 1) "
                    + "shows the narrow band where signals neither vanish nor explode. Writes a new report "
                    + "folder: the grid as Markdown, CSV and JSON, heatmaps and a page for a browser."},
        footer = {"", "Examples:",
            "  actbench sweep                   tanh / xavier, gains 0.25..4, depths 1..50",
            "  actbench sweep --activation relu --init he --gains 0.5:2:9 --depths 1:100",
            "  actbench sweep --gradients --depths 1:20  also the first layer's gradient"})
final class SweepCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("table", "markdown", "csv", "json");

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Mixin
    private ChartOptions charts;

    @Mixin
    private NetworkOptions network;

    @Option(names = "--activation", defaultValue = "tanh", paramLabel = "NAME",
            description = "One activation: " + Activation.ALLOWED + " (default: ${DEFAULT-VALUE}).")
    private String activation;

    @Option(names = "--init", defaultValue = "xavier", paramLabel = "INIT",
            description = "The base initializer the gains multiply; any of stats --init "
                    + "(default: ${DEFAULT-VALUE}).")
    private String init;

    static final String GAINS = "0.25:4:17";
    static final String DEPTHS = "1:50";
    static final String BATCH = "256";

    @Option(names = "--gains", defaultValue = GAINS, paramLabel = "FROM:TO:COUNT",
            description = "COUNT gain multipliers from FROM to TO, evenly spaced on a log scale, or one "
                    + "number (default: ${DEFAULT-VALUE}).")
    private String gains;

    @Option(names = "--depths", defaultValue = DEPTHS, paramLabel = "FROM:TO",
            description = "Every depth from FROM to TO, or one depth (default: ${DEFAULT-VALUE}).")
    private String depths;

    @Option(names = "--gradients",
            description = "Also the std of dL/dW of layer 1 per cell (a backward pass per cell, in float64: "
                    + "much slower).")
    private boolean gradients;

    @Option(names = "--width", defaultValue = StatsConfig.Network.LECTURE_WIDTH,
            description = "Units per layer (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--batch", defaultValue = BATCH, description = "Input rows (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Override
    public Integer call() throws IOException {
        Checks checks = new Checks(spec);
        Activation act = checks.parse("--activation", activation, Activation::parse, Activation.ALLOWED);
        Initializer base = checks.parse("--init", init, Initializers::parse, Initializers.ALLOWED);
        double[] gainGrid = gains(checks);
        int[] depthGrid = depths(checks);
        checks.range("--width", width, 1, 100_000);
        checks.range("--batch", batch, 1, 10_000_000);
        if ((long) width * Math.max(width, batch) > Integer.MAX_VALUE - 8) {
            throw checks.usage("Invalid values for options '--batch' and '--width': a matrix exceeds "
                    + "Java's array limit");
        }
        long seed = network.seed(checks);
        Rng generator = network.rng(checks);
        Precision prec = network.precision(checks);
        int threadCount = network.threads(checks);
        String format = output.format(checks, FORMATS);
        StatsConfig config = StatsConfig.of(new StatsConfig.Network(depthGrid[depthGrid.length - 1], width, batch),
                        new StatsConfig.Draws(InputSpec.LECTURE, generator, seed, 1),
                        new StatsConfig.Compute(prec, threadCount))
                .withCombinations(List.of(act), List.of(base)).withGradients(gradients);
        long cells = (long) gainGrid.length * depthGrid.length * SweepReport.BYTES_PER_CELL;
        HeapCheck.require(checks, config.requiredBytes() + cells,
                Runtime.getRuntime().maxMemory(),
                "--batch, --width, --depths, --gains" + (gradients ? ", --gradients" : ""));

        Kernels.Selection kernels = Warmup.forStatistics(network.kernels(checks),
                statisticsValues(gainGrid.length, depthGrid[depthGrid.length - 1], batch, width));
        Warmup.start(prec, List.of(act), kernels);
        CompletableFuture<Environment> environment = Environment.detectInBackground();
        PrintWriter data = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter info = output.info(format, data, err);
        Kernels.warnings().forEach(w -> err.println("actbench: warning: " + w));
        try (ReportFolder folder = output.begin(checks); Workers workers = new Workers(threadCount)) {
            String stamp = StatsReport.stamp(config, kernels.matMul().name(), kernels.capabilities().describe());
            info.println("actbench sweep: " + gainGrid.length + (gainGrid.length == 1 ? " gain x " : " gains x ")
                    + depthGrid.length + (depthGrid.length == 1 ? " depth" : " depths") + ", width "
                    + width + ", batch " + batch + "; " + stamp);
            info.println();
            Progress progress = output.progress(err);
            Sweep sweep = Sweep.run(config, gainGrid, depthGrid, kernels, workers,
                    done -> progress.show(done, gainGrid.length, "gain " + done + " of " + gainGrid.length));
            progress.clear();
            SweepReport report = new SweepReport(config, sweep, stamp, environment.join());
            switch (format) {
                case "markdown" -> data.print(report.table(View.MARKDOWN));
                case "csv" -> data.print(report.csv());
                case "json" -> data.print(report.json());
                default -> data.print(report.table(View.TEXT));
            }
            data.flush();
            output.publish(folder, () -> report.files(charts.svg), info);
        }
        return 0;
    }

    /** Values a sweep's statistics count: a network per gain, each as deep as the deepest depth. */
    static long statisticsValues(long gains, long deepest, long batch, long width) {
        return StatsConfig.activatedValues(gains, deepest, batch, width);
    }

    private double[] gains(Checks checks) {
        String allowed = "FROM:TO:COUNT (0 < FROM <= TO, COUNT 1..1000, COUNT 1 only when FROM = TO) "
                + "or one positive number";
        String[] parts = gains.trim().split(":", -1);
        try {
            if (parts.length == 1) {
                double g = Double.parseDouble(parts[0]);
                if (g > 0 && Double.isFinite(g)) {
                    return new double[] {g};
                }
            } else if (parts.length == 3) {
                double from = Double.parseDouble(parts[0]);
                double to = Double.parseDouble(parts[1]);
                int count = Integer.parseInt(parts[2].trim());
                // one gain cannot span FROM..TO: refused rather than silently dropping TO
                if (from > 0 && to >= from && Double.isFinite(to) && count >= 1 && count <= 1000
                        && (count > 1 || from == to)) {
                    return Sweep.logSpaced(from, to, count);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw checks.invalid("--gains", gains, allowed);
    }

    private int[] depths(Checks checks) {
        String allowed = "FROM:TO with 1 <= FROM <= TO <= 10000, or one depth";
        String[] parts = depths.trim().split(":", -1);
        try {
            int from = Integer.parseInt(parts[0].trim());
            int to = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : from;
            if (parts.length <= 2 && from >= 1 && to >= from && to <= 10_000) {
                int[] grid = new int[to - from + 1];
                for (int i = 0; i < grid.length; i++) {
                    grid[i] = from + i;
                }
                return grid;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw checks.invalid("--depths", depths, allowed);
    }
}
