package actbench.cli;

import actbench.kernel.Kernels;
import actbench.report.Environment;
import actbench.report.ReportFolder;
import actbench.report.TrainReport;
import actbench.report.View;
import actbench.training.TrainInit;
import actbench.training.Training;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actbench train}: experiment E2, the course notebook's three initializations. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = Cli.Version.class,
        description = {"Trains the course notebook's [2, 10, 5, 1] classifier (LINEAR-RELU-LINEAR-RELU-"
                + "LINEAR-SIGMOID) on 300 points of two circles with batch gradient descent, once per "
                + "initialization, exactly as numpy does: the cost every 1000 iterations (inf as numpy "
                + "prints it), train and test accuracy, and how many distinct units each layer keeps "
                + "(1 means symmetry never broke). Writes the cost curves and decision boundaries."},
        footer = {"", "Examples:", "  actbench train", "  actbench train --init zeros,constant:0.5 --iterations 3000"})
final class TrainCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("table", "markdown", "json");

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Mixin
    private ChartOptions charts;

    @Option(names = "--init", defaultValue = "zeros,random,he", paramLabel = "INIT",
            description = "Initializations, comma-separated: zeros, random (N(0,1) x 10), he "
                    + "(N(0,1) x sqrt(2/n_prev)), constant:<c> (default: ${DEFAULT-VALUE}).")
    private List<String> inits;

    @Option(names = "--iterations", defaultValue = "15000",
            description = "Gradient-descent steps (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--learning-rate", defaultValue = "0.01",
            description = "Step size, positive (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    @Override
    public Integer call() throws Exception {
        Checks checks = new Checks(spec);
        List<TrainInit> chosen = checks.list("--init", inits, TrainInit::parse, TrainInit.ALLOWED);
        checks.range("--iterations", iterations, 1, 10_000_000);
        if (!(learningRate > 0 && learningRate <= 100)) {
            throw checks.invalid("--learning-rate", Double.toString(learningRate), "a number in (0, 100]");
        }
        String format = output.format(checks, FORMATS);
        PrintWriter data = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter info = output.info(format, data, err);
        // A null folder (--no-report) is skipped by try-with-resources.
        try (ReportFolder folder = output.begin(checks)) {
            // The shapes are tiny (at most 10 x 300): the scalar i-k-j kernel beats packing here.
            Training training = new Training(Kernels.matMul("reordered"));
            Progress progress = output.progress(err);
            List<Training.Result> results = new ArrayList<>();
            for (TrainInit init : chosen) {
                progress.show(results.size(), chosen.size(), "training from " + init.name());
                results.add(training.run(init, iterations, learningRate));
            }
            progress.clear();
            Environment environment = Environment.detect();
            switch (format) {
                case "markdown" -> data.print(TrainReport.text(results, View.MARKDOWN));
                case "json" -> data.print(TrainReport.json(results, environment.asMap()));
                default -> data.print(TrainReport.text(results, View.TEXT));
            }
            data.flush();
            output.publish(folder, () -> TrainReport.files(results, training.trainSet(),
                    environment.asMap(), charts.svg), info);
        }
        return 0;
    }
}
