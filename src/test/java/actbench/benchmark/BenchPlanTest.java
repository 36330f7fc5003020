package actbench.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchPlanTest {

    private static final List<String> KERNELS = List.of("naive", "reordered", "blocked", "vector-fma",
            "vector-packed");

    @Test
    void quickCoversEveryKernelOnTheLayerShapeAndFitsInThreeMinutes() {
        BenchPlan plan = BenchPlan.quick(KERNELS, List.of("f32", "f64"), 2);
        for (String kernel : KERNELS) {
            assertThat(plan.jobs()).anyMatch(job -> kernel.equals(job.params().get("kernel"))
                    && BenchPlan.LAYER_SHAPE.equals(job.params().get("shape")));
        }
        assertThat(plan.jobs()).anyMatch(job -> job.benchmark().equals("PeakBench.f32"));
        assertThat(plan.jobs()).anyMatch(job -> "2".equals(job.params().get("threads")));
        assertThat(plan.estimatedSeconds()).isLessThanOrEqualTo(150);
    }

    @Test
    void fullAddsTheSweepAndTheActivationsButNotNaiveAtLargeSizes() {
        BenchPlan plan = BenchPlan.full(KERNELS, List.of("f32"), 4);
        assertThat(plan.jobs()).anyMatch(job -> "2048x2048x2048".equals(job.params().get("shape")));
        assertThat(plan.jobs()).noneMatch(job -> "naive".equals(job.params().get("kernel"))
                && "2048x2048x2048".equals(job.params().get("shape")));
        assertThat(plan.jobs()).anyMatch(job -> job.benchmark().startsWith("ActivationBench"));
        assertThat(plan.jobs()).anyMatch(job -> "4".equals(job.params().get("threads")));
    }

    @Test
    void peakIsTwelveFmasOfTwoFlopPerLanePerStep() {
        // 100 steps per microsecond, 8 lanes: 100e6 * 12 * 2 * 8 = 19.2 GFLOPS
        assertThat(BenchResults.peakGflops(100, 8)).isCloseTo(19.2, within(1e-9));
    }
}
