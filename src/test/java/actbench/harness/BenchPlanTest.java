package actbench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.kernel.Kernels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPlanTest {

    private static final List<String> KERNELS = List.of("naive", "reordered", "blocked", "vector-fma",
            "vector-packed");

    @Test
    void quickCoversEveryKernelAndPeerOnTheLayerShapeAndFitsInFourMinutes() {
        BenchPlan plan = BenchPlan.quick(KERNELS, List.of("f32", "f64"), 2, Peers.all());
        for (String kernel : KERNELS) {
            assertThat(plan.jobs()).anyMatch(job -> kernel.equals(job.params().get("kernel"))
                    && BenchPlan.LAYER_SHAPE.equals(job.params().get("shape")));
        }
        for (String peer : Peers.all()) {
            for (String threads : List.of("1", "2")) {
                assertThat(plan.jobs()).anyMatch(job -> peer.equals(job.params().get("peer"))
                        && threads.equals(job.params().get("threads")) && "f64".equals(job.params().get("precision")));
            }
        }
        assertThat(plan.jobs()).anyMatch(job -> job.benchmark().equals("PeakBench.f32"));
        assertThat(plan.jobs()).anyMatch(job -> "2".equals(job.params().get("threads")));
        // "about four minutes" (--help)
        assertThat(plan.estimatedSeconds()).isBetween(180, 270);
        // the 16-bit storage rung: the packed kernel reading bfloat16, beside f32, on 1 and 2 threads
        // (where the JVM has vector kernels, which make it the best)
        assertThat(plan.jobs()).filteredOn(job -> BenchPlan.BFLOAT16.equals(job.params().get("precision")))
                .extracting(job -> job.params().get("kernel") + "/" + job.params().get("threads"))
                .containsExactlyElementsOf(Kernels.names().contains("vector-packed")
                        ? List.of("vector-packed/1", "vector-packed/2") : List.of());
        assertThat(BenchPlan.quick(KERNELS, List.of("f64"), 2, List.of()).jobs())
                .noneMatch(job -> BenchPlan.BFLOAT16.equals(job.params().get("precision")));
    }

    @Test
    void theBestKernelRunsInSeveralForksAndOnlyIt() {
        List<String> available = Kernels.names();
        BenchPlan plan = BenchPlan.quick(available, List.of("f32"), 2, List.of());
        String best = available.get(available.size() - 1);
        assertThat(plan.jobs()).filteredOn(job -> job.forks() > 1).singleElement().satisfies(job -> {
            assertThat(job.params()).containsEntry("kernel", best).containsEntry("threads", "1");
            assertThat(job.forks()).isEqualTo(BenchPlan.SPREAD_FORKS);
        });
    }

    @Test
    void theBestKernelIsTheHighestRungWhateverTheOrderListed() {
        // Kernels.names() is the ladder, slowest first; listed fastest first here.
        List<String> reversed = new java.util.ArrayList<>(Kernels.names());
        java.util.Collections.reverse(reversed);
        BenchPlan plan = BenchPlan.quick(reversed, List.of("f32"), 2, List.of());
        assertThat(plan.jobs()).filteredOn(job -> "2".equals(job.params().get("threads")))
                .allSatisfy(job -> assertThat(job.params()).containsEntry("kernel", reversed.get(0)));
        assertThat(BenchPlan.best(List.of("blocked", "naive", "reordered"))).isEqualTo("blocked");
    }

    @Test
    void nativeOpenBlasIsPinnedToTheRowsThreadsWithItsOwnKernels() {
        BenchPlan plan = BenchPlan.full(KERNELS, List.of("f32"), 4, List.of(Peers.NATIVE));
        assertThat(plan.jobs()).filteredOn(job -> Peers.NATIVE.equals(job.params().get("peer")))
                .hasSize(2).allSatisfy(job -> assertThat(job.environment())
                        .containsEntry("OPENBLAS_NUM_THREADS", job.params().get("threads"))
                        .containsEntry("OPENBLAS_CORETYPE", "").containsEntry("OPENBLAS_L2_SIZE", ""));
    }

    @Test
    void theForkLauncherSetsAndUnsetsTheEnvironment() throws Exception {
        Path launcher = JmhRunner.launcher(Map.of("OPENBLAS_NUM_THREADS", "3",
                "OPENBLAS_CORETYPE", "", "ODD", "it's"));
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "-XshowSettings:properties", "-version");
        builder.environment().put("OPENBLAS_CORETYPE", "Haswell");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(out).contains("java.home");
        String script = Files.readString(launcher);
        assertThat(script).contains("export OPENBLAS_NUM_THREADS='3'", "unset OPENBLAS_CORETYPE",
                "export ODD='it'\\''s'");
    }

    @Test
    void theNativeLibraryIsFoundOnTheLibraryPathOrReportedMissing(@TempDir
                                                                   Path dir) throws Exception {
        assertThat(Peers.nativeLibrary(List.of(dir.toString()))).isNull();
        Files.writeString(dir.resolve(Peers.NATIVE_LIBRARY), "");
        assertThat(Peers.nativeLibrary(List.of("/nonexistent", dir.toString())))
                .isEqualTo(dir.resolve(Peers.NATIVE_LIBRARY));
    }

    /** Temurin's library path lacks Debian's multiarch folders: the linker's configuration has them. */
    @Test
    void theLinkersConfigurationIsReadWithItsIncludes(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("ld.so.conf");
        Files.writeString(conf, "# the linker's folders\ninclude conf.d/*.conf\n/opt/a:/opt/b, /opt/c\n");
        Files.createDirectory(dir.resolve("conf.d"));
        Files.writeString(dir.resolve("conf.d/x86_64-linux-gnu.conf"), "/usr/lib/x86_64-linux-gnu  # multiarch\n");
        Files.writeString(dir.resolve("conf.d/notes.txt"), "/not/a/conf/file\n");
        Files.writeString(dir.resolve("conf.d/loop.conf"), "include ../ld.so.conf\n"); // a cycle ends
        List<String> dirs = Peers.linkerPath(conf);
        assertThat(dirs).containsSubsequence("/usr/lib/x86_64-linux-gnu", "/opt/a", "/opt/b", "/opt/c",
                "/lib64", "/usr/lib64", "/lib", "/usr/lib");
        assertThat(dirs).doesNotContain("/not/a/conf/file");
        assertThat(Peers.linkerPath(dir.resolve("missing.conf"))).containsExactly("/lib64", "/usr/lib64", "/lib",
                "/usr/lib");
    }

    @Test
    void fullAddsTheSweepAndTheActivationsButNotNaiveAtLargeSizes() {
        BenchPlan plan = BenchPlan.full(KERNELS, List.of("f32"), 4, List.of());
        assertThat(plan.jobs()).anyMatch(job -> "2048x2048x2048".equals(job.params().get("shape")));
        assertThat(plan.jobs()).noneMatch(job -> "naive".equals(job.params().get("kernel"))
                && "2048x2048x2048".equals(job.params().get("shape")));
        assertThat(plan.jobs()).anyMatch(job -> job.benchmark().startsWith("ActivationBench"));
        assertThat(plan.jobs()).anyMatch(job -> job.benchmark().startsWith("StatisticsBench"));
        assertThat(plan.jobs()).anyMatch(job -> "4".equals(job.params().get("threads")));
    }

    @Test
    void theBestKernelIsPairedWithNativeOpenBlasOnEveryThreadCountWhereBothExist() {
        BenchPlan plan = BenchPlan.quick(KERNELS, List.of("f32", "f64"), 2, Peers.all());
        assertThat(plan.jobs()).filteredOn(job -> job.benchmark().equals("PairedBench.pair"))
                .extracting(job -> job.params().get("kernel") + "/" + job.params().get("precision") + "/"
                        + job.params().get("threads"))
                .containsExactlyElementsOf(Kernels.names().contains("vector-packed") // a JVM with vectors
                        ? List.of("vector-packed/f32/1", "vector-packed/f32/2", "vector-packed/f64/1", "vector-packed/f64/2")
                        : List.of());
        assertThat(plan.jobs()).filteredOn(job -> job.benchmark().equals("PairedBench.pair"))
                .allSatisfy(job -> assertThat(job.environment())
                        .containsEntry("OPENBLAS_NUM_THREADS", job.params().get("threads"))
                        .containsEntry("OPENBLAS_CORETYPE", "").containsEntry("OPENBLAS_THREAD_TIMEOUT", "4"));
        assertThat(BenchPlan.quick(KERNELS, List.of("f32"), 2, Peers.JAVA).jobs())
                .noneMatch(job -> job.benchmark().startsWith("PairedBench"));
        assertThat(BenchPlan.quick(List.of("naive", "blocked"), List.of("f32"), 2, Peers.all()).jobs())
                .noneMatch(job -> job.benchmark().startsWith("PairedBench"));
    }

    /** Pairs of 10 and 20 ms (ours twice as fast) and of 30 and 15 ms (half as fast): 1x on the geometric mean. */
    @Test
    void pairedSpeedIsTheGeometricMeanOfEachPairsRatio() {
        double logRatio = Math.log(10.0 / 20) + Math.log(30.0 / 15);
        BenchResults.PairedRow row = BenchResults.PairedRow.of("vector-packed", "f32", 1,
                actbench.matrix.Shape.parse(BenchPlan.LAYER_SHAPE), 2, 40e6, 35e6, logRatio);
        assertThat(row.speed()).isCloseTo(1.0, within(1e-12));
        assertThat(row.oursMillis()).isCloseTo(20.0, within(1e-12));
        assertThat(row.openblasMillis()).isCloseTo(17.5, within(1e-12));
        assertThat(row.pairs()).isEqualTo(2);
        assertThat(BenchResults.PairedRow.of("vector-packed", "f64", 2, actbench.matrix.Shape.parse("10x10x10"), 1,
                5e6, 10e6, Math.log(0.5)).speed()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void peakIsTwelveFmasOfTwoFlopPerLanePerStep() {
        // 100 steps per microsecond, 8 lanes: 100e6 * 12 * 2 * 8 = 19.2 GFLOPS
        assertThat(BenchResults.peakGflops(100, 8)).isCloseTo(19.2, within(1e-9));
    }

    /**
     * Every job names a benchmark JMH knows: a renamed benchmark method fails here, not at
     * {@code ./run.sh bench}. The names come from the BenchmarkList JMH's annotation processor wrote
     * into the build, in JmhRunner's own pattern.
     */
    @Test
    void everyPlannedBenchmarkIsInJmhsBenchmarkList() throws java.io.IOException {
        List<String> known = new java.util.ArrayList<>();
        try (var in = BenchPlanTest.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(in).as("JMH's BenchmarkList in the build").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                // JMH S <len> <class> S <len> <generated class> S <len> <method> ...
                String[] words = line.split(" ");
                if (words.length > 9 && words[0].equals("JMH")) {
                    known.add(words[3] + "." + words[9]);
                }
            }
        }
        assertThat(known).contains("actbench.bench.MatMulBench.multiply");
        for (BenchPlan plan : List.of(BenchPlan.quick(KERNELS, List.of("f32", "f64"), 2, Peers.all()),
                BenchPlan.full(KERNELS, List.of("f32", "f64"), 2, Peers.all()))) {
            for (JmhJob job : plan.jobs()) {
                assertThat(known).as(job.benchmark()).anyMatch(name -> name.matches(job.includePattern()));
            }
        }
        assertThat("actbench.bench.MatMulBench.multiplyRenamed").doesNotMatch(
                new JmhJob("MatMulBench.multiply", Map.of()).includePattern());
    }
}
