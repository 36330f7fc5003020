package actbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import actbench.harness.JobTimer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job timer compares like with like: the numpy script it ships prints, for every combination
 * and layer, the mean and std that {@code actbench stats} computes for the same job (to the
 * script's 6 decimals; f32 sums differ from BLAS's in the last bits). Skipped without numpy.
 */
class LectureScriptTest {

    @TempDir
    Path work;

    /** The scripts ship byte for byte: Maven filters the version file only. */
    @ParameterizedTest
    @ValueSource(strings = {"lecture.py", "numpy_baseline.py"})
    void theShippedScriptsAreTheSourcesUnfiltered(String name) throws IOException {
        byte[] shipped;
        try (var in = JobTimer.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            shipped = in.readAllBytes();
        }
        assertThat(shipped).isEqualTo(java.nio.file.Files.readAllBytes(
                Path.of("src/main/resources/actbench/harness", name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"f64", "f32"})
    void theNumpyScriptPrintsActbenchsNumbers(String precision) throws IOException, InterruptedException {
        JobTimer timer = JobTimer.create(work);
        assumeThat(timer.numpyMissing()).as("python3 with numpy").isNull();
        String[] size = {"--precision", precision, "--depth", "4", "--width", "24", "--batch", "30", "--seed", "5"};
        List<String> command = new ArrayList<>(List.of("python3", timer.script().toString()));
        command.addAll(List.of(size));
        Process python = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(printed).isZero();

        List<String> args = new ArrayList<>(List.of("stats", "--rng", "numpy", "--measure", "0", "--no-report",
                "--format", "json"));
        args.addAll(List.of(size));
        Invocation ours = Invocation.of(args.toArray(String[]::new));
        assertThat(ours.exit()).as(ours.err()).isZero();

        List<double[]> numpy = matches(printed, "hidden layer (\\d+) had mean (\\S+) and std (\\S+)");
        List<double[]> actbench = matches(ours.out(),
                "\"layer\" : ([1-9]\\d*),\\s+\"mean\" : ([^,]+),\\s+\"std\" : ([^,]+),");
        assertThat(numpy).hasSize(8 * 4).hasSameSizeAs(actbench);
        for (int i = 0; i < numpy.size(); i++) {
            for (int c = 0; c < 3; c++) {
                double expected = actbench.get(i)[c];
                assertThat(numpy.get(i)[c]).as("line %d column %d", i, c)
                        .isCloseTo(expected, within(6e-7 + 1e-6 * Math.abs(expected)));
            }
        }
    }

    private static List<double[]> matches(String text, String regex) {
        List<double[]> rows = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            rows.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3))});
        }
        return rows;
    }
}
