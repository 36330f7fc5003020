package actbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.experiment.StatsConfig;
import actbench.init.Initializers;
import actbench.matrix.Precision;
import actbench.model.Activation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap check counts what grows with depth, the results and their report: a deep run's report
 * files alone (a lower bound of what it holds in memory) stay within the estimate, and the pictures
 * stay bounded however deep the network.
 */
class ReportMemoryTest {

    @Test
    void theHeapEstimateCoversTheReportOfADeepNetworkAndItsPicturesStayBounded(@TempDir Path out) throws IOException {
        int depth = 3000;
        Invocation run = Invocation.of("stats", "--depth", Integer.toString(depth), "--width", "2", "--batch", "2",
                "--activation", "tanh,relu", "--init", "he", "--measure", "0", "--no-progress", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        long reportBytes;
        long largestPicture;
        try (Stream<Path> files = Files.list(out.resolve("latest"))) {
            List<Path> all = files.toList();
            reportBytes = all.stream().mapToLong(ReportMemoryTest::size).sum();
            largestPicture = all.stream().filter(f -> f.toString().endsWith(".png")).mapToLong(ReportMemoryTest::size)
                    .max().orElseThrow();
        }
        long deep = config(depth).requiredBytes();
        long shallow = config(1).requiredBytes();
        assertThat(deep - shallow).isGreaterThan(reportBytes);
        // 3000 layers are drawn as 500 points a line: a picture the size of a 10-layer run's, give or take
        assertThat(largestPicture).isLessThan(400_000);
    }

    private static StatsConfig config(int depth) {
        return StatsConfig.of(new StatsConfig.Network(depth, 2, 2), StatsConfig.Draws.LECTURE,
                        new StatsConfig.Compute(Precision.F32, 2))
                .withCombinations(List.of(Activation.TANH, Activation.parse("relu")), List.of(Initializers.parse("he")));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
