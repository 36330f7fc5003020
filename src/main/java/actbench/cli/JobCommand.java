package actbench.cli;

import actbench.harness.JobTimer;
import actbench.report.Environment;
import actbench.report.JobTables;
import actbench.report.ReportFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actbench job}: the whole lecture job, timed as cold processes against the numpy script. */
@Command(name = "job", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = Cli.Version.class,
        description = {
            "Times the whole job as a user does: the lecture's numpy script (8 combinations, "
                    + "reseeded before each, mean and std of every layer) against the same "
                    + "'actbench stats --measure 0 --no-report' run, each a fresh process, alternating, "
                    + "RUNS times each, in f64 and f32; with --large also depth 50 and batch 4000, "
                    + "where the JVM's fixed costs weigh less. Prints medians, the fastest run, the "
                    + "ratio, in how many pairs actbench was faster with the sign test's p-value (a lead "
                    + "or a tie), and peak memory, and writes them as Markdown and JSON into a new report folder."},
        footer = {"", "Examples:",
            "  actbench job                     the lecture's job, 9 runs each, ~1.5 minutes",
            "  actbench job --large --runs 6    also the larger job, ~10 minutes"})
final class JobCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("table", "markdown", "json");

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    /**
     * 9: the fewest pairs in which the sign test still shows a lead at 5% after one lost pair (8 of 9:
     * p = 0.039; 6 of 6 is the least that can show one at all, p = 0.031).
     */
    @Option(names = "--runs", defaultValue = "9", paramLabel = "N",
            description = "Cold runs per side and job (default: ${DEFAULT-VALUE}; fewer than 6 pairs "
                    + "cannot show a lead by the sign test).")
    private int runs;

    @Option(names = "--precision", defaultValue = "f64,f32", paramLabel = "f64|f32",
            description = "Precisions, comma-separated; numpy's default is f64 (default: ${DEFAULT-VALUE}).")
    private List<String> precisions;

    @Option(names = "--large", description = "Also time depth 50, batch 4000.")
    private boolean large;

    @Override
    public Integer call() throws Exception {
        Checks checks = new Checks(spec);
        checks.range("--runs", runs, 1, 100);
        List<String> chosen = checks.precisions(precisions);
        String format = output.format(checks, FORMATS);
        PrintWriter data = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter info = output.info(format, data, err);

        Path work = Files.createTempDirectory("actbench-job");
        try (ReportFolder folder = output.begin(checks)) {
            JobTimer timer = JobTimer.create(work);
            if (timer.numpyMissing() != null) {
                err.println("actbench: note: " + timer.numpyMissing() + "; timing actbench alone");
            }
            Environment environment = Environment.detect();
            String stamp = "actbench job: JDK " + Runtime.version() + ", " + environment.cpu() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, git " + environment.git()
                    + "; numpy script " + (timer.numpyMissing() == null ? "beside" : "missing");
            info.println(stamp);
            info.flush();
            List<JobTimer.Job> jobs = JobTimer.jobs(chosen, large);
            Progress progress = output.progress(err);
            List<JobTimer.Timing> timings;
            try {
                timings = timer.time(jobs, runs, (done, next) -> progress.show(done, jobs.size() * runs, next));
            } catch (java.io.IOException e) {
                // a timed process failed: say which and why, in one line, and write no report
                err.println("actbench: job: " + e.getMessage());
                return Cli.FAILURE;
            } finally {
                progress.clear();
            }
            switch (format) {
                case "markdown" -> data.print(JobTables.markdown(timings, stamp, timer.numpyMissing()));
                case "json" -> data.print(JobTables.json(timings, stamp, timer.numpyMissing(), environment.asMap()));
                default -> data.print(JobTables.text(timings, timer.numpyMissing()));
            }
            data.flush();
            output.publish(folder, () -> JobTables.files(timings, stamp, timer.numpyMissing(),
                    environment.asMap()), info);
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
        return 0;
    }
}
