package actbench.cli;

import actbench.concurrent.Workers;
import actbench.experiment.ActivationExperiment;
import actbench.experiment.RunResult;
import actbench.experiment.StatsConfig;
import actbench.experiment.Warmup;
import actbench.init.Gain;
import actbench.init.Initializer;
import actbench.init.Initializers;
import actbench.input.InputKind;
import actbench.input.InputSpec;
import actbench.input.Preprocess;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.model.Activation;
import actbench.random.NumpyRandom;
import actbench.random.Rng;
import actbench.report.Environment;
import actbench.report.ReportFolder;
import actbench.report.StatsCsv;
import actbench.report.StatsJson;
import actbench.report.StatsPage;
import actbench.report.StatsReport;
import actbench.report.StatsTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actbench stats}: experiment E1, the per-layer activation statistics of a deep MLP. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = Cli.Version.class,
        description = {
            "Pushes a batch (unit gaussians unless --input says otherwise) through DEPTH fully "
                    + "connected layers of WIDTH units "
                    + "(no bias) for every activation x initializer, prints per-layer mean, std, min, "
                    + "max, %% saturated and %% zeros, times the forward pass, and writes "
                    + "a new report folder: the tables as Markdown, CSV and JSON, charts and a page for a browser."},
        footer = {"", "Examples:",
            "  actbench stats                                   the lecture's 8 combinations",
            "  actbench stats --rng numpy --precision f64 --seed 7 --format json",
            "                                                   numpy-exact numbers, as JSON",
            "  actbench stats --activation relu --init he,0.05 --depth 50"})
final class StatsCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("table", "markdown", "csv", "json");

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Mixin
    private ChartOptions charts;

    @Mixin
    private NetworkOptions network;

    /** Defaults the early warm-up ({@link EarlyWarmup}) reads too. */
    static final String ACTIVATIONS = "tanh,relu";
    static final String INITS = "0.01,1.0,xavier,he";
    static final String SEEDS = "1";
    static final String MEASURE = "0.5";

    @Option(names = "--activation", defaultValue = ACTIVATIONS, paramLabel = "NAME",
            description = "Activations, comma-separated: tanh, relu, leaky_relu[:ALPHA] (slope ALPHA "
                    + "for x < 0, default 0.01), sigmoid, linear, gelu (tanh form), selu "
                    + "(default: ${DEFAULT-VALUE}).")
    private List<String> activations;

    @Option(names = "--init", defaultValue = INITS, paramLabel = "INIT",
            description = {"Weight initializers, comma-separated (default: ${DEFAULT-VALUE}); "
                    + "formulas in the README:",
                "  a number s: N(0, s^2), the lecture's 0.01, 1.0",
                "  xavier, lecun_normal: N(0, 1/fan_in)",
                "  he, he_normal: N(0, 2/fan_in)",
                "  lecun_uniform: U(+-sqrt(3/fan_in))",
                "  he_uniform: U(+-sqrt(6/fan_in))",
                "  glorot_normal: truncated, std sqrt(2/(in+out))",
                "  glorot_uniform: U(+-sqrt(6/(in+out)))",
                "  normal[:S]: N(0, S^2), S = 0.05",
                "  uniform[:A]: U(-A, A), A = 0.05",
                "  truncated_normal[:S]: cut at 2S, S = 0.05",
                "  zeros, constant:C: every weight equal",
                "  orthogonal[:GAIN]: sign-fixed QR (Saxe)",
                "  lsuv: orthogonal, each layer rescaled on",
                "    the batch to unit pre-activation variance",
                "  pytorch_default: U(+-1/sqrt(fan_in))"})
    private List<String> inits;

    @Option(names = "--gain", defaultValue = "1", paramLabel = "G|auto",
            description = "Multiply every initializer's weights by G, or by the activation's "
                    + "recommended gain with auto (PyTorch's: tanh 5/3, relu sqrt 2, leaky_relu "
                    + "sqrt(2/(1+alpha^2)), selu 3/4, sigmoid and linear 1; gelu sqrt 2) "
                    + "(default: ${DEFAULT-VALUE}).")
    private String gain;

    @Option(names = "--input", defaultValue = "gaussian", paramLabel = "KIND",
            description = "The batch: gaussian (N(0,1), the lecture's), uniform (U(0,1): not centred), "
                    + "correlated (unit gaussians, corr 0.9^|j-k| between features), lognormal "
                    + "(exp N(0,1): skewed) (default: ${DEFAULT-VALUE}).")
    private String input;

    @Option(names = "--preprocess", defaultValue = "none", paramLabel = "STEP",
            description = "Applied to the batch over its rows before layer 1: none, center, standardize "
                    + "(centre, unit std per feature), pca (centre, rotate to a diagonal covariance), "
                    + "whiten (pca, then identity covariance) (default: ${DEFAULT-VALUE}).")
    private String preprocess;

    @Option(names = "--depth", defaultValue = StatsConfig.Network.LECTURE_DEPTH,
            description = "Layers (default: ${DEFAULT-VALUE}).")
    private int depth;

    @Option(names = "--width", defaultValue = StatsConfig.Network.LECTURE_WIDTH,
            description = "Units per layer (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--batch", defaultValue = StatsConfig.Network.LECTURE_BATCH,
            description = "Input rows (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--seeds", defaultValue = SEEDS, paramLabel = "N",
            description = "Also run seeds --seed+1 .. --seed+N-1 and report per layer the mean over the N "
                    + "seeds with a 95%% confidence interval (Student t) (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--gradients",
            description = "Also run a backward pass (upstream dL/dH of the last layer a unit gaussian, "
                    + "in float64) and report mean and std of dL/dH and dL/dW per layer.")
    private boolean gradients;

    @Option(names = "--warmup", defaultValue = "0.25", paramLabel = "SECONDS",
            description = "At most this long warming up before timing, per combination; it ends "
                    + "sooner once passes stop getting faster, counting those of earlier combinations "
                    + "with the same activation (default: ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--measure", defaultValue = MEASURE, paramLabel = "SECONDS",
            description = "At most this long timing forward passes, per combination; it ends sooner "
                    + "once the median pass is known within +-1%% (95%% confidence); 0 skips timing "
                    + "(default: ${DEFAULT-VALUE}).")
    private double measure;

    @Override
    public Integer call() throws IOException {
        Checks checks = new Checks(spec);
        StatsConfig config = config(checks);
        Kernels.Selection kernels = Warmup.forRun(network.kernels(checks), config.measureSeconds() > 0,
                config.activatedValues());
        Warmup.start(config.precision(), config.activations(), kernels);
        CompletableFuture<Environment> environment = Environment.detectInBackground();
        String outputFormat = output.format(checks, FORMATS);
        PrintWriter data = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter info = output.info(outputFormat, data, err);
        Kernels.warnings().forEach(w -> err.println("actbench: warning: " + w));

        // A null folder (--no-report) is skipped by try-with-resources.
        try (ReportFolder folder = output.begin(checks); Workers workers = new Workers(config.threads())) {
            String vector = kernels.capabilities().describe();
            info.println("actbench stats: depth " + config.depth() + ", width " + config.width()
                    + ", batch " + config.batch() + "; "
                    + StatsReport.stamp(config, kernels.matMul().name(), vector));
            info.println();
            List<RunResult> runs = runAll(config, kernels, workers, err);
            StatsReport report = new StatsReport(config, kernels.matMul().name(), vector,
                    environment.join(), runs);
            switch (outputFormat) {
                case "markdown" -> data.print(StatsTables.markdown(report));
                case "csv" -> data.print(StatsCsv.render(report));
                case "json" -> data.print(StatsJson.render(report));
                default -> data.print(StatsTables.text(report));
            }
            data.flush();
            output.publish(folder, () -> StatsPage.files(report, charts.svg), info);
        }
        return 0;
    }

    private List<RunResult> runAll(StatsConfig config, Kernels.Selection kernels, Workers workers,
                                   PrintWriter err) {
        Progress progress = output.progress(err);
        ActivationExperiment experiment = new ActivationExperiment(config, kernels, workers);
        List<RunResult> runs = new ArrayList<>();
        int total = config.activations().size() * config.inits().size();
        for (Activation activation : config.activations()) {
            for (Initializer init : config.inits()) {
                progress.show(runs.size(), total, activation.label() + " / " + init.name());
                runs.add(experiment.run(activation, init));
            }
        }
        progress.clear();
        return runs;
    }

    private StatsConfig config(Checks checks) {
        List<Activation> acts = checks.list("--activation", activations, Activation::parse, Activation.ALLOWED);
        List<Initializer> initializers = checks.list("--init", inits, Initializers::parse, Initializers.ALLOWED);
        checks.range("--depth", depth, 1, 100_000);
        checks.range("--width", width, 1, 1_000_000);
        checks.range("--batch", batch, 1, 100_000_000);
        long seed = network.seed(checks);
        checks.range("--seeds", seeds, 1, 10_000);
        if (seed + seeds - 1 > NumpyRandom.MAX_SEED) {
            throw checks.invalid("--seeds", Integer.toString(seeds), "at most " + (NumpyRandom.MAX_SEED - seed + 1)
                    + " seeds from --seed " + seed);
        }
        Rng generator = network.rng(checks);
        Precision prec = network.precision(checks);
        int threadCount = network.threads(checks);
        checks.seconds("--warmup", warmup);
        checks.seconds("--measure", measure);
        String format = output.format(checks, FORMATS);
        Gain multiplier = checks.parse("--gain", gain, Gain::parse, "auto or a positive number");
        InputSpec batchInput = new InputSpec(
                checks.parse("--input", input, text -> InputKind.valueOf(text.trim().toUpperCase(Locale.ROOT)),
                        "gaussian, uniform, correlated, lognormal"),
                checks.parse("--preprocess", preprocess,
                        text -> Preprocess.valueOf(text.trim().toUpperCase(Locale.ROOT)),
                        "none, center, standardize, pca, whiten"));
        StatsConfig config = StatsConfig.of(new StatsConfig.Network(depth, width, batch),
                        new StatsConfig.Draws(batchInput, generator, seed, seeds), new StatsConfig.Compute(prec, threadCount))
                .withCombinations(acts, initializers).withTiming(new StatsConfig.Timing(warmup, measure))
                .withGain(multiplier).withGradients(gradients)
                // the report's charts, CSV and JSON show histograms; the tables alone do not
                .withHistograms(!output.noReport || OutputOptions.isData(format));
        checkMemory(checks, config);
        return config;
    }

    private void checkMemory(Checks checks, StatsConfig config) {
        long largest = Math.max((long) config.batch() * config.width(), (long) config.width() * config.width());
        if (largest > Integer.MAX_VALUE - 8) {
            throw checks.usage("Invalid values for options '--batch' and '--width': a matrix of "
                    + largest + " values exceeds Java's array limit of " + (Integer.MAX_VALUE - 8));
        }
        String options = "--batch, --width, --depth" + (config.seeds() > 1 ? ", --seeds" : "")
                + (config.gradients() ? ", --gradients" : "");
        HeapCheck.require(checks, config.requiredBytes(), Runtime.getRuntime().maxMemory(), options);
    }
}
