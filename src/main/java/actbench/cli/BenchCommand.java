package actbench.cli;

import actbench.harness.BenchPlan;
import actbench.harness.BenchResults;
import actbench.harness.JmhRunner;
import actbench.harness.NumpyBaseline;
import actbench.harness.Peers;
import actbench.kernel.Kernels;
import actbench.matrix.Shape;
import actbench.report.BenchTables;
import actbench.report.Environment;
import actbench.report.ReportFolder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actbench bench}: the kernel ladder, the measured peak and the forward pass under JMH. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = Cli.Version.class,
        description = {
            "Runs the JMH benchmarks, each kernel in its own fork: every matrix-multiply kernel on "
                    + "the lecture's layer (1000x500 @ 500x500), vector-packed also reading bfloat16 "
                    + "storage (bf16 rows, with f32), the machine's measured FMA peak and "
                    + "a whole 10-layer forward pass; without --quick also all threads, square sizes "
                    + "128-2048, the activation kernels and the statistics. Prints GFLOPS, %% of peak and speed-ups, "
                    + "and writes a new report folder: JMH's own JSON (opens in jmh-visualizer), the "
                    + "tables as Markdown, charts and a page for a browser."},
        footer = {"", "Examples:",
            "  actbench bench --quick --baseline numpy      ~4 minutes, numpy beside",
            "  actbench bench --kernel vector-packed --precision f32 --format json"})
final class BenchCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("table", "markdown", "json");

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Mixin
    private ChartOptions charts;

    @Option(names = "--quick", description = "The main questions only, in about 4 minutes (2 cores).")
    private boolean quick;

    @Option(names = "--kernel", paramLabel = "NAME",
            description = "Kernels to compare, comma-separated (default: all available here: "
                    + "${COMPLETION-CANDIDATES}).", completionCandidates = NetworkOptions.KernelNames.class)
    private List<String> kernels;

    @Option(names = "--precision", defaultValue = "f32,f64", paramLabel = "f32|f64",
            description = "Precisions, comma-separated (default: ${DEFAULT-VALUE}).")
    private List<String> precisions;

    @Option(names = "--baseline", defaultValue = "none", paramLabel = "none|numpy",
            description = "numpy: run the same shapes and the forward pass with numpy/OpenBLAS in "
                    + "this run and add a ratio column (default: ${DEFAULT-VALUE}).")
    private String baseline;

    @Override
    public Integer call() throws Exception {
        Checks checks = new Checks(spec);
        List<String> available = Kernels.names();
        List<String> chosenKernels = kernels == null ? available
                : checks.list("--kernel", kernels, name -> known(name, available), String.join(", ", available));
        List<String> chosenPrecisions = checks.precisions(precisions);
        boolean numpy = checks.choose("--baseline", baseline, Map.of("none", false, "numpy", true), "none, numpy");
        String format = output.format(checks, FORMATS);
        if (!Kernels.capabilities().vectors()) {
            throw checks.usage("bench needs the Vector API (its peak and vector kernels): "
                    + Kernels.capabilities().reason());
        }
        PrintWriter data = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter info = output.info(format, data, err);
        Kernels.warnings().forEach(w -> err.println("actbench: warning: " + w));

        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, String> unavailablePeers = Peers.unavailable();
        List<String> peers = Peers.all().stream().filter(p -> !unavailablePeers.containsKey(p)).toList();
        BenchPlan plan = quick ? BenchPlan.quick(chosenKernels, chosenPrecisions, cores, peers)
                : BenchPlan.full(chosenKernels, chosenPrecisions, cores, peers);
        // A null folder (--no-report) is skipped by try-with-resources.
        try (ReportFolder folder = output.begin(checks)) {
            Environment environment = Environment.detect();
            String stamp = "actbench bench (" + (quick ? "quick" : "full") + "): JDK " + Runtime.version()
                    + ", " + environment.cpu() + ", " + cores + " cores, vectors "
                    + Kernels.capabilities().describe() + ", git " + environment.git();
            info.println(stamp);
            info.println(plan.jobs().size() + " JMH runs, about " + (plan.estimatedSeconds() + 30) / 60
                    + " min" + (numpy ? " plus numpy" : ""));
            info.flush();
            Progress progress = output.progress(err);
            List<RunResult> results = JmhRunner.run(plan, (i, job) ->
                    progress.show(i, plan.jobs().size(), job.label()));
            progress.clear();
            List<NumpyBaseline.Result> baselines = new ArrayList<>();
            if (numpy) {
                info.println("numpy baseline ...");
                info.flush();
                List<Shape> shapes = shapes(plan);
                double seconds = quick ? 0.5 : 2;
                NumpyBaseline.Result one = NumpyBaseline.run(shapes, chosenPrecisions, 1, seconds);
                baselines.add(one);
                if (cores > 1) {
                    baselines.add(NumpyBaseline.runBeside(one, shapes, chosenPrecisions, cores, seconds, why -> {
                        info.println("numpy baseline: " + why);
                        info.flush();
                    }));
                }
            }
            BenchResults summary = BenchResults.from(results, Kernels.capabilities().preferredBits() / 32,
                    baselines, unavailablePeers);
            switch (format) {
                case "markdown" -> data.print(BenchTables.markdown(summary, stamp));
                case "json" -> data.print(BenchTables.json(summary, environment.asMap()));
                default -> data.print(BenchTables.text(summary, stamp));
            }
            data.flush();
            output.publish(folder, () -> BenchTables.files(summary, stamp, JmhRunner.json(results),
                    environment.asMap(), charts.svg), info);
        }
        return 0;
    }

    private static String known(String name, List<String> available) {
        if (!available.contains(name)) {
            throw new IllegalArgumentException(name);
        }
        return name;
    }

    private static List<Shape> shapes(BenchPlan plan) {
        return plan.jobs().stream().map(job -> job.params().get("shape")).filter(java.util.Objects::nonNull)
                .distinct().map(Shape::parse).toList();
    }
}
