package actbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.stats.LayerAccumulator;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line through its real entry point (without System.exit). */
class CliTest {

    /** Small and quick: the shape of the output, not the experiment, is under test here. */
    private static final String[] SMALL = {"--depth", "3", "--width", "16", "--batch", "8",
        "--measure", "0", "--no-progress"};

    @TempDir
    Path reports;

    private static Invocation run(String... args) {
        return Invocation.of(args);
    }

    private Invocation stats(String... extra) {
        List<String> args = new ArrayList<>(List.of("stats", "--out", reports.toString()));
        args.addAll(Arrays.asList(SMALL));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--depth 0", "--depth -3", "--depth abc", "--depth 100001", "--width 0", "--width 1.5",
        "--batch 0", "--batch NaN", "--seed -1", "--seed 4294967296", "--seed x",
        "--activation softplus", "--activation leaky_relu:2", "--activation ,", "--init 0", "--init -0.5", "--init NaN",
        "--init Infinity", "--init glorot", "--rng mt", "--precision f8", "--kernel nope",
        "--threads 0", "--threads 5000", "--warmup -1", "--warmup NaN", "--measure 1e9",
        "--format xml", "--bogus", "stray", "--width 1000000 --batch 1000000",
        "--batch 100000000 --width 1000", "--seeds 0", "--seeds -2", "--seed 4294967295 --seeds 2",
        "--gain 0", "--gain x", "--init xavier:2", "--init constant", "--init orthogonal:-1", "--input normal",
        "--preprocess zca"})
    void badInputIsOneLineExitCode2AndNoReport(String bad) throws IOException {
        Invocation result = stats(bad.split(" "));
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err().strip().lines()).as(result.err()).hasSize(1);
        assertThat(result.err()).startsWith("actbench: ").doesNotContain("Exception").doesNotContain("\tat ");
        String option = bad.startsWith("-") ? bad.split(" ")[0] : "stray";
        assertThat(result.err()).containsAnyOf(option, "'--batch'");
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"--measure, -1", "--warmup, 1e400", "--measure, -0.50", "--depth, 0", "--seeds, -2"})
    void aBadValueIsQuotedAsTyped(String option, String value) {
        Invocation result = stats(option, value);
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("'" + option + "': '" + value + "' (allowed: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--gains 0:4:17", "--gains 4:1:3", "--gains 1:2", "--gains 1:2:0", "--gains x",
        "--depths 0:5", "--depths 5:2", "--depths 1:2:3", "--depths 1:10001", "--activation soft",
        "--init glorot", "--width 0", "--batch 0", "--seed -1", "--rng mt", "--precision f8", "--threads 0",
        "--format xml"})
    void sweepRejectsBadInputBeforeRunningAnything(String bad) throws IOException {
        List<String> args = new ArrayList<>(List.of("sweep", "--out", reports.toString()));
        args.addAll(Arrays.asList(bad.split(" ")));
        Invocation result = run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err().strip().lines()).as(result.err()).hasSize(1);
        assertThat(result.err()).contains(bad.split(" ")[0]).doesNotContain("\tat ");
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void sweepWritesItsGridAndHeatmap() throws IOException {
        Invocation result = run("sweep", "--out", reports.toString(), "--gains", "0.5:2:3", "--depths", "1:4",
                "--width", "16", "--batch", "8", "--no-progress", "--format", "csv");
        assertThat(result.exit()).as(result.err()).isZero();
        List<String> lines = result.out().strip().lines().toList();
        assertThat(lines.get(0)).isEqualTo("activation,init,gain,weight_std,depth,std");
        assertThat(lines).hasSize(1 + 3 * 4);
        Path folder;
        try (Stream<Path> made = Files.list(reports)) {
            folder = made.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        for (String file : List.of("index.html", "sweep.md", "sweep.csv", "sweep.json", "heatmap-std.png")) {
            assertThat(folder.resolve(file)).isNotEmptyFile();
        }
        // SVG only with --svg: the page links the PNG itself
        assertThat(folder.resolve("heatmap-std.svg")).doesNotExist();
        assertThat(Files.readString(folder.resolve("sweep.csv"))).isEqualTo(result.out());
        assertThat(Files.readString(folder.resolve("index.html"))).contains("<a href=\"heatmap-std.png\"><img");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--init lsuv --activation selu", "--init glorot_uniform,he_uniform --gain auto",
        "--init orthogonal:2 --activation leaky_relu:0.1", "--input lognormal --preprocess whiten",
        "--input correlated --preprocess pca --activation gelu", "--init zeros,constant:0.3 --activation sigmoid,linear"})
    void everyNewNameRunsEndToEnd(String extra) {
        Invocation result = stats(extra.split(" "));
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Summary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--kernel nope", "--kernel ,", "--precision f16", "--baseline blas",
        "--format csv", "--quick extra"})
    void benchRejectsBadInputBeforeRunningAnything(String bad) throws IOException {
        assertRejectedBeforeRunning("bench", bad);
    }

    @Test
    void trainPrintsTheNotebooksJsonWithInfAsAStringAndWritesItsReport() throws IOException {
        Invocation result = run("train", "--out", reports.toString(), "--iterations", "1001",
                "--format", "json", "--no-progress", "--svg");
        assertThat(result.exit()).as(result.err()).isZero();
        Map<String, Object> doc = JSON.std.mapFrom(result.out());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) doc.get("runs");
        assertThat(runs).extracting(r -> r.get("init")).containsExactly("zeros", "random", "he");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> costs = (List<Map<String, Object>>) runs.get(1).get("costs");
        assertThat(costs.get(0)).containsEntry("iteration", 0).containsEntry("cost", "inf");
        assertThat(costs).hasSize(2);
        assertThat(runs.get(0).get("distinct_units")).isEqualTo(List.of(1, 1, 1));
        assertThat(runs.get(2)).containsKeys("train_accuracy", "test_accuracy");
        Path latest = reports.resolve("latest");
        for (String file : List.of("index.html", "train.json", "train.md", "costs.png", "boundary-he.png",
                "boundary-zeros.svg")) {
            assertThat(latest.resolve(file)).as(file).isRegularFile();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--init ones", "--init constant:x", "--iterations 0", "--learning-rate 0",
        "--learning-rate -1", "--learning-rate NaN", "--format csv"})
    void trainRejectsBadInput(String bad) {
        List<String> args = new ArrayList<>(List.of("train", "--out", reports.toString()));
        args.addAll(Arrays.asList(bad.split(" ")));
        Invocation result = run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).contains(bad.split(" ")[0]);
    }

    @Test
    void gradientsAppearInTheTablesAndJson() throws IOException {
        Invocation result = stats("--gradients", "--format", "json", "--no-report");
        assertThat(result.exit()).as(result.err()).isZero();
        Map<String, Object> doc = JSON.std.mapFrom(result.out());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> gradients = (List<Map<String, Object>>)
                ((List<Map<String, Object>>) doc.get("runs")).get(0).get("gradients");
        assertThat(gradients).hasSize(3);
        assertThat(gradients.get(0)).containsKeys("layer", "dh_mean", "dh_std", "dw_mean", "dw_std");
        assertThat(stats("--gradients", "--no-report").out()).contains("dL/dW std");
    }

    @Test
    void seedsAddConfidenceIntervalsToTablesAndJson() throws IOException {
        Invocation result = stats("--seeds", "3", "--format", "json", "--no-report", "--init", "he");
        assertThat(result.exit()).as(result.err()).isZero();
        Map<String, Object> doc = JSON.std.mapFrom(result.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> layer = ((List<Map<String, Object>>) ((List<Map<String, Object>>) doc.get("runs"))
                .get(0).get("layers")).get(0);
        assertThat(layer).containsEntry("seeds", 3).containsKeys("seeds_std", "std_ci95", "seeds_mean", "mean_ci95",
                "theory_std");
        assertThat(((Number) layer.get("std_ci95")).doubleValue()).isPositive();
        assertThat(stats("--seeds", "3", "--no-report").out()).contains("over 3 seeds");
    }

    @Test
    void anUnwritableOutIsAUsageError() throws IOException {
        Path file = Files.writeString(reports.resolve("a-file"), "x");
        Invocation result = run("stats", "--out", file.resolve("sub").toString(), "--depth", "1",
                "--width", "4", "--batch", "4", "--measure", "0");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--out").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--runs 0", "--runs 101", "--precision f16", "--format csv", "--precision ,"})
    void jobRejectsBadInputBeforeRunningAnything(String bad) throws IOException {
        assertRejectedBeforeRunning("job", bad);
    }

    /** {@code command} with {@code bad}: exit 2, one line, no trace, no report folder. */
    private void assertRejectedBeforeRunning(String command, String bad) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, "--out", reports.toString()));
        args.addAll(Arrays.asList(bad.split(" ")));
        Invocation result = run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).doesNotContain("\tat ");
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void helpAndVersionExitZero() {
        Invocation help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("stats");
        Invocation statsHelp = run("stats", "--help");
        assertThat(statsHelp.exit()).isZero();
        assertThat(statsHelp.out()).contains("--activation", "--init", "--rng", "--precision",
                "--kernel", "--threads", "--format", "--out");
        assertThat(run("-V").out()).contains("actbench");
    }

    /**
     * Help wraps at 80 columns between words: never inside a file name ("sweep." / "md": Java's
     * line breaker breaks after a dot) and never an example line (its tail at column 0).
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "stats", "sweep", "train", "bench", "job", "compare"})
    void helpWrapsBetweenWordsOnly(String command) {
        Invocation help = command.isEmpty() ? run("--help") : run(command, "--help");
        assertThat(help.exit()).isZero();
        String[] lines = help.out().split("\\R");
        boolean examples = false;
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].length()).as(lines[i]).isLessThanOrEqualTo(80);
            if (examples) {
                assertThat(lines[i]).as("an example's wrapped tail").matches("^(  .*)?$");
            }
            examples |= lines[i].equals("Examples:");
            if (i > 0 && lines[i - 1].matches(".*\\w\\.$") && indent(lines[i]) >= indent(lines[i - 1])) {
                assertThat(lines[i]).as("split after '" + lines[i - 1] + "'").doesNotMatch("^\\s*[a-z].*");
            }
        }
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    @ParameterizedTest
    @CsvSource({"stats, stats", "bench, bench", "compare, compare", "help, stats bench sweep job train compare help",
        "--help, stats bench sweep job train compare help", "stat, stats bench sweep job train compare help"})
    void aRunBuildsOnlyTheCommandItNames(String first, String commands) {
        assertThat(Cli.commandLine(first).getSubcommands().keySet())
                .containsExactlyInAnyOrder(commands.split(" "));
    }

    @Test
    void noCommandMeansStats() {
        assertThat(Cli.withDefaultCommand(new String[0])).containsExactly("stats");
        assertThat(Cli.withDefaultCommand(new String[] {"--depth", "3"})).containsExactly("stats", "--depth", "3");
        assertThat(Cli.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
    }

    @Test
    void jsonPrintsOneDocumentOnStdoutAndWritesTheReport() throws IOException {
        Invocation result = stats("--format", "json", "--rng", "numpy", "--precision", "f64", "--seed", "3");
        assertThat(result.exit()).as(result.err()).isZero();
        Map<String, Object> doc = JSON.std.mapFrom(result.out());
        assertThat(doc).containsOnlyKeys("runs", "environment");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) doc.get("runs");
        assertThat(runs).hasSize(8);
        Map<String, Object> first = runs.get(0);
        assertThat(first).containsKeys("activation", "init", "scale", "depth", "width", "batch", "seed",
                "rng", "precision", "kernel", "threads", "input", "layers", "throughput");
        assertThat(first.get("input")).isEqualTo("gaussian"); // the kind; its statistics are input_stats
        assertThat(first).containsKeys("input_stats", "preprocess", "gain", "vector", "jdk", "git");
        assertThat(first.get("activation")).isEqualTo("tanh");
        assertThat(first.get("init")).isEqualTo("0.01");
        assertThat(((Number) first.get("scale")).doubleValue()).isEqualTo(0.01);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> layers = (List<Map<String, Object>>) first.get("layers");
        assertThat(layers).hasSize(3);
        assertThat(layers.get(0)).containsKeys("layer", "mean", "std", "min", "max", "saturated", "zeros",
                "histogram", "below", "above");
        assertThat((List<?>) layers.get(0).get("histogram")).hasSize(30);

        Path latest = reports.resolve("latest");
        assertThat(Files.isSymbolicLink(latest)).isTrue();
        assertThat(latest.resolve("stats.md")).exists();
        assertThat(latest.resolve("stats.csv")).exists();
        // the report's JSON is the same document the run printed, environment included
        assertThat(JSON.std.mapFrom(Files.readString(latest.resolve("stats.json")))).isEqualTo(doc);
    }

    @Test
    void csvHasAHeaderAndOneRowPerLayerAndTheInput() {
        Invocation result = stats("--format", "csv", "--activation", "relu", "--init", "he,0.05");
        assertThat(result.exit()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).startsWith("activation,init,scale,").endsWith(",hist_29");
        assertThat(lines).hasSize(1 + 2 * 4);
        assertThat(lines.get(1)).startsWith("relu,he,");
        assertThat(result.err()).contains("kernel");
    }

    /** Tables alone skip the histograms; the formats that show them record them without a report too. */
    @Test
    void dataFormatsCarryHistogramsWithoutAReport() {
        Invocation json = stats("--no-report", "--format", "json", "--activation", "tanh", "--init", "xavier");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"histogram\"", "\"below\"", "\"above\"");
        Invocation csv = stats("--no-report", "--format", "csv", "--activation", "tanh", "--init", "xavier");
        assertThat(csv.exit()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        // the input's row: 30 bin counts adding up to the values within [-1, 1], none empty
        List<String> cells = List.of(lines.get(1).split(",", -1));
        List<String> bins = cells.subList(cells.size() - LayerAccumulator.BINS, cells.size());
        assertThat(bins).allSatisfy(cell -> assertThat(cell).isNotEmpty());
        assertThat(bins.stream().mapToLong(Long::parseLong).sum()).isPositive();
    }

    @Test
    void tableShowsEveryLayerTheSummaryAndTheConfiguration() {
        Invocation result = stats("--no-report", "--measure", "0.05", "--warmup", "0");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("tanh / xavier", "relu / he", "input", "Summary", "verdict",
                "kernel", "rng numpy", "seed 0", "f32", "GFLOPS", "latency p50");
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void twoRunsInTheSameSecondGetTwoFolders() throws IOException {
        assertThat(stats("--activation", "tanh", "--init", "he").exit()).isZero();
        assertThat(stats("--activation", "tanh", "--init", "he").exit()).isZero();
        try (Stream<Path> entries = Files.list(reports)) {
            assertThat(entries.filter(p -> !p.getFileName().toString().equals("latest"))).hasSize(2);
        }
    }
}
