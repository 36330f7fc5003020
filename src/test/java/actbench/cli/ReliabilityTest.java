package actbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overflow, random argument lists and interrupted runs, through the real entry point. */
class ReliabilityTest {

    @TempDir
    Path reports;

    private static String[] run(String... args) {
        Invocation result = Invocation.of(args);
        return new String[] {Integer.toString(result.exit()), result.out(), result.err()};
    }

    @Test
    void overflowIsReportedFromTheFirstLayerItHitsAndJsonHasNoNanOrInfinity() throws IOException {
        String[] result = run("stats", "--activation", "relu", "--init", "1.0", "--depth", "40",
                "--width", "200", "--batch", "50", "--precision", "f32", "--measure", "0",
                "--format", "json", "--no-report");
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).doesNotContain("NaN").doesNotContain("Infinity");
        Map<String, Object> doc = JSON.std.mapFrom(result[1]);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> layers = (List<Map<String, Object>>)
                ((List<Map<String, Object>>) doc.get("runs")).get(0).get("layers");
        int first = -1;
        for (int i = 0; i < layers.size(); i++) {
            if (Boolean.TRUE.equals(layers.get(i).get("overflow"))) {
                first = first < 0 ? i : first;
                assertThat(layers.get(i)).doesNotContainKeys("mean", "std");
            } else {
                assertThat(first).as("layer %d is fine after an overflow", i + 1).isNegative();
            }
        }
        // std grows ~sqrt(100) = 10x per layer from 7: float's 3.4e38 is passed near layer 38
        assertThat(first).isBetween(30, 39);

        String[] table = run("stats", "--activation", "relu", "--init", "1.0", "--depth", "40",
                "--width", "200", "--batch", "50", "--measure", "0", "--no-report");
        assertThat(table[1]).contains("overflows at layer " + (first + 1));
    }

    /** Options and values, valid and not, that random argument lists are drawn from. */
    private static final String[] OPTIONS = {"--activation", "--init", "--depth", "--width", "--batch",
        "--seed", "--rng", "--precision", "--kernel", "--threads", "--warmup", "--measure", "--format",
        "--bogus", "-x", "stats", "bench", "--quick", "--baseline", "--no-progress", "--seeds", "--gradients",
        "--gain", "--input", "--preprocess", "--gains", "--depths", "--out", "sweep", "--inti", "stat"};
    private static final String[] VALUES = {"0", "-1", "1", "2", "3", "abc", "", "NaN", "1e3", "0.01",
        "99999999999", "tanh", "relu,tanh", "sigmoid", "xavier", "he,0.5", "-0.5", "numpy", "fast",
        "f32", "f64", "f16", "auto", "naive", "vector-packed", "json", "csv", "markdown", "xml", ",",
        "4294967295", "4294967296", "Infinity", "--depth", "auto", "lsuv", "orthogonal:2", "constant:0.5",
        "glorot_uniform,zeros", "leaky_relu:0.1", "gelu,selu", "whiten", "pca", "lognormal", "correlated",
        "RELU", "XAVIER", "he,HE", "he,,xavier", "tanh,", "1:2:1", "1:3", "0.5:2:3", "1e20", "1e308", "100",
        "tanh, relu"};

    @Test
    void hundredsOfRandomArgumentListsNeverEndInAStackTrace() {
        SplittableRandom random = new SplittableRandom(2026);
        int ok = 0;
        for (int i = 0; i < 300; i++) {
            List<String> args = new ArrayList<>();
            // small sizes first; random options may override them (the last value wins)
            args.addAll(List.of("--depth", "2", "--width", "8", "--batch", "4", "--measure", "0",
                    "--warmup", "0", "--no-report"));
            int count = random.nextInt(0, 5);
            for (int j = 0; j < count; j++) {
                args.add(OPTIONS[random.nextInt(OPTIONS.length)]);
                if (random.nextInt(4) > 0) {
                    args.add(VALUES[random.nextInt(VALUES.length)]);
                }
            }
            // every drawn size is at most 3 or invalid, so any valid list runs in milliseconds
            List<String> safe = args;
            String[] result = run(safe.toArray(String[]::new));
            String err = result[2];
            assertThat(err).as(String.join(" ", safe)).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(result[0]).as(String.join(" ", safe) + "\n" + err).isIn("0", "2");
            if (result[0].equals("2")) {
                assertThat(err.strip().lines()).as(String.join(" ", safe)).hasSize(1);
            } else {
                ok++;
            }
        }
        assertThat(ok).as("some random lists are valid and run").isPositive();
    }

    @Test
    void anInterruptedRunLeavesNoReportBehind(@TempDir Path logs) throws Exception {
        Path stderr = logs.resolve("stderr");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // stderr as if it were a terminal, so the progress line is drawn (and must be wiped)
        ProcessBuilder builder = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector",
                "-D" + Progress.TERMINAL_PROPERTY + "=true", "-cp", System.getProperty("java.class.path"),
                "actbench.Main", "stats", "--out", reports.toString(), "--measure", "30", "--warmup", "0")
                .redirectOutput(new File("/dev/null")).redirectError(stderr.toFile());
        builder.environment().remove("CI");
        Process process = builder.start();
        // wait until the run has opened its temporary folder, then interrupt it as Ctrl-C would
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (isEmpty(reports) || !Files.readString(stderr).contains("1/8"))) {
            Thread.sleep(50);
        }
        assertThat(isEmpty(reports)).as("the run started writing").isFalse();
        process.destroy(); // SIGTERM: shutdown hooks run, as for SIGINT
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left).isEmpty();
        }
        // the progress line was drawn and then wiped: the shell's prompt starts on a clean line
        String err = Files.readString(stderr);
        assertThat(err).contains("1/8 tanh / 0.01");
        assertThat(err.substring(err.lastIndexOf("1/8 tanh / 0.01"))).matches("(?s).*\\r *\\r$");
    }

    @Test
    void withoutTheVectorModuleItWarnsOnceAndAgreesWithTheVectorPath() throws Exception {
        String[] tiny = {"stats", "--depth", "3", "--width", "40", "--batch", "30", "--measure", "0",
            "--format", "json", "--no-report", "--precision", "f64"};
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "actbench.Main"));
        command.addAll(List.of(tiny));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(err).isZero();
        assertThat(err.lines().filter(line -> line.contains("warning"))).hasSize(1);
        assertThat(err).contains("--add-modules jdk.incubator.vector");

        Map<String, Object> scalar = JSON.std.mapFrom(out);
        Map<String, Object> vector = JSON.std.mapFrom(run(tiny)[1]);
        assertThat(runs(scalar).get(0).get("kernel")).isEqualTo("reordered");
        for (int r = 0; r < runs(vector).size(); r++) {
            List<Map<String, Object>> a = layers(runs(scalar).get(r));
            List<Map<String, Object>> b = layers(runs(vector).get(r));
            for (int i = 0; i < a.size(); i++) {
                double expected = ((Number) b.get(i).get("std")).doubleValue();
                assertThat(((Number) a.get(i).get("std")).doubleValue())
                        .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12 * expected));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> runs(Map<String, Object> doc) {
        return (List<Map<String, Object>>) doc.get("runs");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> layers(Map<String, Object> run) {
        return (List<Map<String, Object>>) run.get("layers");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
