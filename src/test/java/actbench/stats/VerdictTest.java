package actbench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static List<LayerStatistics> layers(double firstStd, double factor, double saturated) {
        return layers(10, firstStd, factor, saturated);
    }

    private static List<LayerStatistics> layers(int depth, double firstStd, double factor, double saturated) {
        List<LayerStatistics> layers = new ArrayList<>();
        double std = firstStd;
        for (int i = 0; i < depth; i++) {
            layers.add(new LayerStatistics(1000, 0, std, -1, 1, (long) (saturated * 1000), 0,
                    Optional.empty(), 0, 0));
            std *= factor;
        }
        return layers;
    }

    @Test
    void classifiesTheLecturesFourBehaviours() {
        assertThat(Verdict.of(layers(0.21, 0.224, 0), true)).isEqualTo(Verdict.VANISHES);
        assertThat(Verdict.of(layers(0.98, 1.0, 0.9), true)).isEqualTo(Verdict.SATURATES);
        assertThat(Verdict.of(layers(0.63, 0.89, 0), true)).isEqualTo(Verdict.STABLE);
        assertThat(Verdict.of(layers(13, 15.8, 0.5), false)).isEqualTo(Verdict.EXPLODES);
    }

    @Test
    void anOverflowedLayerWins() {
        List<LayerStatistics> layers = layers(0.5, 1, 0);
        assertThat(Verdict.firstOverflow(layers)).isEmpty();
        layers.set(7, new LayerStatistics(1000, 0, 0, 0, 0, 0, 0, Optional.empty(), 3, 0));
        layers.set(9, new LayerStatistics(1000, 0, 0, 0, 0, 0, 0, Optional.empty(), 5, 0));
        assertThat(Verdict.of(layers, true)).isEqualTo(Verdict.OVERFLOWS);
        assertThat(Verdict.firstOverflow(layers)).hasValue(8);
    }

    @Test
    void onlyABoundedActivationSaturates() {
        // linear on lognormal input: std 2.72 -> 2.67, and half the values above 0.99 in magnitude
        assertThat(Verdict.of(layers(2.72, 0.998, 0.6), false)).isEqualTo(Verdict.STABLE);
        // relu / 1.0 reads 48% "saturated" but explodes
        assertThat(Verdict.of(layers(13, 15.8, 0.48), false)).isEqualTo(Verdict.EXPLODES);
        assertThat(Verdict.of(layers(0.98, 1.0, 0.9), false)).isEqualTo(Verdict.STABLE);
    }

    @Test
    void theWholeTrajectoryDecidesNotEachLayer() {
        // 100,000 layers of tanh / 1.0 on width 2: 0.95 -> 1.5e-4, each layer losing almost nothing
        double factor = Math.pow(1.5e-4 / 0.95, 1.0 / 99_999);
        assertThat(factor).isGreaterThan(0.9999);
        assertThat(Verdict.of(layers(100_000, 0.95, factor, 0), true)).isEqualTo(Verdict.VANISHES);
        // and the lecture's relu / xavier (0.583 -> 0.0239 over 10 layers) still vanishes
        assertThat(Verdict.of(layers(0.583, Math.pow(0.0239 / 0.583, 1.0 / 9), 0), false))
                .isEqualTo(Verdict.VANISHES);
    }
}
