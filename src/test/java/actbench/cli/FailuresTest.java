package actbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No silent data loss, no stack trace, no class names: what a user meets when something breaks. */
class FailuresTest {

    @Test
    void failuresAreOneLineInTheUsersWords() {
        assertThat(Failures.describe(new UncheckedIOException("cannot write /r/stats.json: No space left on device",
                new FileSystemException("/r/.incomplete-1/stats.json", null, "No space left on device"))))
                .isEqualTo("cannot write /r/stats.json: No space left on device");
        assertThat(Failures.describe(new UncheckedIOException(new FileSystemException("/r/x", null, "Is a directory"))))
                .isEqualTo("/r/x: Is a directory");
        assertThat(Failures.describe(new NoSuchFileException("/proc/x"))).isEqualTo("/proc/x: no such file or folder");
        assertThat(Failures.describe(new AccessDeniedException("/root/r"))).isEqualTo("/root/r: permission denied");
        assertThat(Failures.describe(new FileAlreadyExistsException("/tmp/f")))
                .isEqualTo("/tmp/f: already exists (a file where a folder should be?)");
        assertThat(Failures.describe(new OutOfMemoryError("Java heap space"), "stats")).startsWith("out of memory: ")
                .contains("JAVA_OPTS=-Xmx").contains("--depth,").doesNotContain("--depths");
        assertThat(Failures.describe(new OutOfMemoryError("Java heap space"), "sweep")).contains("--depths");
        assertThat(Failures.describe(new IllegalStateException("odd"))).doesNotContain("\n")
                .startsWith("unexpected IllegalStateException: odd");
    }

    /** A stream whose every write fails, as standard output on a full disk or /dev/full. */
    private static PrintStream full() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
    }

    @Test
    void standardOutputThatCannotBeWrittenFailsTheRunInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"--depth", "2", "--width", "8", "--batch", "4", "--measure", "0",
            "--no-report", "--format", "json"}, full(), new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(Cli.FAILURE);
        assertThat(message).contains("could not write all of standard output").doesNotContain("Exception");
    }

    @Test
    void aLatestThatIsNotOurLinkIsNeverReplaced(@TempDir Path reports) throws Exception {
        Path latest = reports.resolve("latest");
        Files.writeString(latest, "precious");
        Invocation first = Invocation.of("--out", reports.toString(), "--depth", "2", "--width", "8", "--batch", "4",
                "--measure", "0", "--no-progress");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(Files.readString(latest)).isEqualTo("precious");
        assertThat(first.out() + first.err()).contains("is not a link actbench made");

        Files.delete(latest);
        Files.createDirectory(latest);
        Invocation second = Invocation.of("--out", reports.toString(), "--depth", "2", "--width", "8", "--batch", "4",
                "--measure", "0", "--no-progress");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(latest).isDirectory();
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".latest-"));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"stat, did you mean stats?", "trian, did you mean train?",
        "--inti, did you mean --init"})
    void typosGetASuggestion(String typo, String suggestion) {
        Invocation result = Invocation.of(typo, "he");
        assertThat(result.exit()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains(suggestion).hasLineCount(1);
    }

    @Test
    void listsAreCaseBlindAndRefuseEmptyItemsAndSpaces() {
        Invocation upper = Invocation.of("--activation", "RELU", "--init", "he,HE", "--depth", "2", "--width", "8",
                "--batch", "4", "--measure", "0", "--no-report", "--format", "csv");
        assertThat(upper.exit()).as(upper.err()).isZero();
        assertThat(upper.out().lines().filter(line -> line.startsWith("relu,")).map(line -> line.split(",")[1])
                .distinct()).as("he,HE is one initializer").hasSize(1);
        for (String[] args : new String[][] {{"--init", "he,,xavier"}, {"--activation", "tanh,"}}) {
            Invocation empty = Invocation.of(args);
            assertThat(empty.exit()).isEqualTo(Cli.USAGE);
            assertThat(empty.err()).contains("has an empty item").hasLineCount(1);
        }
        Invocation spaced = Invocation.of("--activation", "tanh,", "relu", "--depth", "2");
        assertThat(spaced.exit()).isEqualTo(Cli.USAGE);
        assertThat(spaced.err()).hasLineCount(1);
    }

    @Test
    void whatAKilledRunLeftIsRemovedByTheNextOneAndNothingElse(@TempDir Path reports) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid();
        Path abandoned = Files.createDirectories(reports.resolve(".incomplete-" + dead + "-123"));
        Files.writeString(abandoned.resolve("stats.json"), "{}");
        Path link = Files.createSymbolicLink(reports.resolve(".latest-" + dead), reports.resolve("x"));
        Path running = Files.createDirectories(reports.resolve(".incomplete-" + ProcessHandle.current().pid() + "-9"));
        Path users = Files.createDirectories(reports.resolve(".incomplete-notes"));
        Invocation run = Invocation.of("--out", reports.toString(), "--depth", "2", "--width", "8", "--batch", "4",
                "--measure", "0", "--no-progress");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(abandoned).doesNotExist();
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(running).isDirectory();
        assertThat(users).isDirectory();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tinyRunsShowSignificantDigitsAndNoP99FromAFewPasses() throws IOException {
        Invocation tiny = Invocation.of("--depth", "1", "--width", "2", "--batch", "2", "--measure", "0.05",
                "--warmup", "0", "--init", "he", "--activation", "relu", "--no-report", "--no-progress", "--threads", "64");
        assertThat(tiny.exit()).as(tiny.err()).isZero();
        String line = tiny.out().lines().filter(l -> l.startsWith("throughput:")).findFirst().orElseThrow();
        assertThat(line).doesNotContain(" 0.0 GFLOPS").doesNotContain("p50 0.00 ms");
        Invocation json = Invocation.of("--depth", "1", "--width", "2", "--batch", "2", "--measure", "0.05",
                "--warmup", "0", "--init", "he", "--activation", "relu", "--no-report", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        Map<String, Object> run = ((List<Map<String, Object>>) JSON.std.mapFrom(json.out()).get("runs")).get(0);
        Map<String, Object> throughput = (Map<String, Object>) run.get("throughput");
        Map<String, Object> latency = (Map<String, Object>) throughput.get("latency_ms");
        long passes = ((Number) throughput.get("passes")).longValue();
        assertThat(latency.get("p50")).isNotNull();
        assertThat(latency.get("p99") == null).as(passes + " passes").isEqualTo(passes < 100);
        assertThat(tiny.err()).contains("--threads 64 is more than this machine's");
        assertThat(actbench.report.Numbers.short3(0.000123456)).isEqualTo("0.000123");
        assertThat(actbench.report.Numbers.short3(45.678)).isEqualTo("45.7");
        assertThat(actbench.report.Numbers.short3(1234.5)).isEqualTo("1230");
        assertThat(actbench.report.Numbers.short3(70)).isEqualTo("70.0");
        assertThat(actbench.report.Numbers.short3(99.96)).isEqualTo("100");
        assertThat(actbench.report.Numbers.short3(0.5)).isEqualTo("0.500");
    }

    @Test
    void anEmptyOutIsRefusedNotTheCurrentDirectory() {
        Invocation empty = Invocation.of("--out", "", "--depth", "1", "--measure", "0");
        assertThat(empty.exit()).isEqualTo(Cli.USAGE);
        assertThat(empty.err().lines().filter(line -> !line.contains("warning:")))
                .singleElement().asString().contains("'--out'").contains("use . for the current directory");
        Invocation help = Invocation.of("train", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("csv where the output is rows (stats, sweep)");
    }

    @Test
    void theHeapCheckShowsTheNumbersItDecidedOnAndNamesTheOptionsThatMatter() {
        // buffers of 10 MiB need 10 + 2.5 + 64 = 76.5 MiB: refused with 64 MiB, taken with 80
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() ->
                HeapCheck.require(new Checks(new picocli.CommandLine(Cli.class).getCommandSpec()), 10L << 20, 64L << 20,
                        "--batch, --width, --seeds"));
        assertThat(refused).hasMessageContaining("needs about 77 MiB").hasMessageContaining("has 64 MiB")
                .hasMessageContaining("10 MiB for buffers and results set by --batch, --width, --seeds")
                .hasMessageContaining("-Xmx1g");
        HeapCheck.require(new Checks(new picocli.CommandLine(Cli.class).getCommandSpec()), 10L << 20, 80L << 20, "--batch");
        assertThat(HeapCheck.size(1023L << 20)).isEqualTo("1023 MiB");
        assertThat(HeapCheck.size(1L << 30)).isEqualTo("1024 MiB");
        Invocation huge = Invocation.of("--batch", "100000", "--width", "5000", "--seeds", "2", "--measure", "0");
        assertThat(huge.exit()).isEqualTo(Cli.USAGE);
        assertThat(huge.err()).contains("--seeds").hasLineCount(1);
    }

    @Test
    void aSweepOfOneGainMustNotSpanARangeAndItsJsonSaysWhatComputedIt() throws Exception {
        Invocation spanning = Invocation.of("sweep", "--gains", "1:2:1", "--depths", "1:2", "--width", "4", "--batch", "2");
        assertThat(spanning.exit()).isEqualTo(Cli.USAGE);
        assertThat(spanning.err()).contains("COUNT 1 only when FROM = TO");
        Invocation one = Invocation.of("sweep", "--gains", "1:1:1", "--depths", "2", "--width", "4", "--batch", "2",
                "--no-report", "--format", "json");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.err()).contains("1 gain x 1 depth,");
        assertThat(com.fasterxml.jackson.jr.ob.JSON.std.mapFrom(one.out())).containsKey("environment");
    }
}
