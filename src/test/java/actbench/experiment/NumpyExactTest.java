package actbench.experiment;

import static actbench.Fixtures.integer;
import static actbench.Fixtures.longs;
import static actbench.Fixtures.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.Fixtures;
import actbench.matrix.Precision;
import actbench.random.Rng;
import actbench.stats.LayerStatistics;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --rng numpy --precision f64} against the lecture's script run by numpy after
 * {@code np.random.seed(s)}: std within 1e-9 relative, mean within 1e-9 of the std, and the
 * counts (saturated, zeros, histogram) exactly. numpy sums pairwise through BLAS, we sum in
 * blocks, so only rounding differs.
 */
class NumpyExactTest {

    static Stream<Map<String, Object>> runs() {
        return Fixtures.list(Fixtures.load("activation_stats.json"), "runs").stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("runs")
    void everyLayerMatchesNumpy(Map<String, Object> fixture) {
        RunResult run = Runs.run((String) fixture.get("activation"), (String) fixture.get("init"),
                (int) integer(fixture, "depth"), (int) integer(fixture, "width"),
                (int) integer(fixture, "batch"), integer(fixture, "seed"), Rng.NUMPY, Precision.F64, 2);

        Map<String, Object> input = Fixtures.map(fixture, "input");
        assertThat(run.input().std()).isCloseTo(number(input, "std"), within(1e-12));
        assertThat(run.input().mean()).isCloseTo(number(input, "mean"), within(1e-12));

        List<Map<String, Object>> expected = Fixtures.list(fixture, "layers");
        assertThat(run.layers()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> want = expected.get(i);
            LayerStatistics got = run.layers().get(i);
            double std = number(want, "std");
            String layer = "layer " + (i + 1);
            assertThat(got.std()).as(layer + " std").isCloseTo(std, within(1e-9 * std));
            assertThat(got.mean()).as(layer + " mean").isCloseTo(number(want, "mean"), within(1e-9 * std));
            assertThat(got.min()).as(layer + " min").isCloseTo(number(want, "min"), within(1e-9 * std));
            assertThat(got.max()).as(layer + " max").isCloseTo(number(want, "max"), within(1e-9 * std));
            assertThat(got.saturated()).as(layer + " saturated").isEqualTo(integer(want, "saturated"));
            assertThat(got.zeros()).as(layer + " zeros").isEqualTo(integer(want, "zeros"));
            LayerStatistics.Bins bins = got.bins().orElseThrow();
            assertThat(bins.counts()).as(layer + " histogram").containsExactly(longs(want, "histogram"));
            assertThat(bins.below()).as(layer + " below").isEqualTo(integer(want, "below"));
            assertThat(bins.above()).as(layer + " above").isEqualTo(integer(want, "above"));
        }
    }
}
