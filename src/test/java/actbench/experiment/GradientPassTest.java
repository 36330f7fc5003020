package actbench.experiment;

import static actbench.Fixtures.integer;
import static actbench.Fixtures.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.Fixtures;
import actbench.kernel.Kernels;
import actbench.matrix.Precision;
import actbench.random.Rng;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The backward pass of {@code stats --gradients} against numpy, and the lecture's three regimes. */
class GradientPassTest {

    static Stream<Map<String, Object>> runs() {
        return Fixtures.list(Fixtures.load("gradients.json"), "runs").stream();
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("runs")
    void everyLayersGradientsMatchNumpy(Map<String, Object> fixture) {
        RunResult run = Runs.run((String) fixture.get("activation"), (String) fixture.get("init"),
                (int) integer(fixture, "depth"), (int) integer(fixture, "width"), (int) integer(fixture, "batch"),
                integer(fixture, "seed"), Rng.NUMPY, Precision.F32, 2, Kernels.AUTO, true);
        List<Map<String, Object>> expected = Fixtures.list(fixture, "layers");
        assertThat(run.gradients()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> want = expected.get(i);
            GradientPass.LayerGradients got = run.gradients().get(i);
            double dhStd = number(want, "dh_std");
            double dwStd = number(want, "dw_std");
            assertThat(got.dh().std()).as("dh std %d", i + 1).isCloseTo(dhStd, within(1e-9 * dhStd));
            assertThat(got.dh().mean()).as("dh mean %d", i + 1).isCloseTo(number(want, "dh_mean"), within(1e-9 * dhStd));
            assertThat(got.dw().std()).as("dw std %d", i + 1).isCloseTo(dwStd, within(1e-9 * dwStd));
            assertThat(got.dw().mean()).as("dw mean %d", i + 1).isCloseTo(number(want, "dw_mean"), within(1e-9 * dwStd));
        }
    }

    @Test
    void tanhWithStd001HasVanishingWeightGradientsAndXavierHealthyOnes() {
        RunResult small = Runs.run("tanh", "0.01", 6, 200, 100, 1, Rng.NUMPY, Precision.F32, 2, Kernels.AUTO, true);
        RunResult xavier = Runs.run("tanh", "xavier", 6, 200, 100, 1, Rng.NUMPY, Precision.F32, 2, Kernels.AUTO, true);
        RunResult he = Runs.run("relu", "he", 6, 200, 100, 1, Rng.NUMPY, Precision.F32, 2, Kernels.AUTO, true);
        for (int l = 0; l < 6; l++) {
            // dL/dW of a layer is X^T dZ: with std 0.01 both factors shrink, 5 orders of magnitude below xavier's
            assertThat(small.gradients().get(l).dw().std()).isLessThan(1e-3 * xavier.gradients().get(l).dw().std());
            assertThat(xavier.gradients().get(l).dw().std()).isBetween(0.5, 50.0);
            assertThat(he.gradients().get(l).dw().std()).isBetween(0.5, 50.0);
        }
        // backwards, dL/dH shrinks by about sqrt(200) * 0.01 = 0.14 per layer for std 0.01
        double ratio = small.gradients().get(0).dh().std() / small.gradients().get(1).dh().std();
        assertThat(ratio).isCloseTo(Math.sqrt(200) * 0.01, within(0.03));
    }
}
