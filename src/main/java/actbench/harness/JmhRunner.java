package actbench.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a {@link BenchPlan} through JMH's Runner API, one job at a time (each in its own fork),
 * and keeps JMH's own results: their JSON ({@code -rf json}) is the canonical record.
 */
public final class JmhRunner {

    private static final OutputFormat SILENT = OutputFormatFactory.createFormatInstance(
            new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT);

    private JmhRunner() {
    }

    /**
     * Runs every job; {@code progress} hears (index, job) before each one starts.
     *
     * @throws RunnerException if a benchmark fails (JMH is told to fail on error)
     */
    public static List<RunResult> run(BenchPlan plan, BiConsumer<Integer, JmhJob> progress)
            throws RunnerException {
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < plan.jobs().size(); i++) {
            JmhJob job = plan.jobs().get(i);
            progress.accept(i, job);
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(job.includePattern())
                    .warmupIterations(plan.warmupIterations())
                    .warmupTime(TimeValue.seconds(plan.secondsPerIteration()))
                    .measurementIterations(plan.measurementIterations())
                    .measurementTime(TimeValue.seconds(plan.secondsPerIteration()))
                    .forks(job.forks() > 0 ? job.forks() : plan.forks())
                    .shouldFailOnError(true)
                    .verbosity(VerboseMode.SILENT);
            job.params().forEach(options::param);
            if (!job.environment().isEmpty()) {
                options.jvm(launcher(job.environment()).toString());
            }
            // JMH echoes each fork's stderr (the JDK's incubator-module warning) even when silent.
            Collection<RunResult> run = new Runner(options.build(), SILENT).run();
            if (run.isEmpty()) {
                throw new RunnerException("no benchmark matched " + job.benchmark()
                        + ": was the jar built with its BenchmarkList?");
            }
            results.addAll(run);
        }
        return results;
    }

    /**
     * A script that starts this JVM's java with {@code environment} applied (an empty value
     * unsets): JMH sets a fork's JVM, arguments and class path, but not its environment. Deleted
     * when this JVM exits.
     */
    static Path launcher(Map<String, String> environment) {
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        environment.forEach((name, value) -> script.append(value.isEmpty() ? "unset " + name
                : "export " + name + "=" + quoted(value)).append('\n'));
        script.append("exec ").append(quoted(Path.of(System.getProperty("java.home"), "bin", "java").toString()))
                .append(" \"$@\"\n");
        try {
            Path file = Files.createTempFile("actbench-fork-", ".sh",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            file.toFile().deleteOnExit();
            Files.writeString(file, script);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fork launcher for " + environment, e);
        }
    }

    /** {@code text} as one shell word. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** JMH's JSON for the results, readable by jmh-visualizer. */
    public static String json(Collection<RunResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
