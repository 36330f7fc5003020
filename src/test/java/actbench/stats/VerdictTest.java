package actbench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static List<LayerStatistics> layers(double firstStd, double factor, double saturated) {
        List<LayerStatistics> layers = new ArrayList<>();
        double std = firstStd;
        for (int i = 0; i < 10; i++) {
            layers.add(new LayerStatistics(1000, 0, std, -1, 1, (long) (saturated * 1000), 0,
                    new long[30], 0, 0, 0));
            std *= factor;
        }
        return layers;
    }

    @Test
    void classifiesTheLecturesFourBehaviours() {
        assertThat(Verdict.of(layers(0.21, 0.224, 0))).isEqualTo(Verdict.VANISHES);
        assertThat(Verdict.of(layers(0.98, 1.0, 0.9))).isEqualTo(Verdict.SATURATES);
        assertThat(Verdict.of(layers(0.63, 0.89, 0))).isEqualTo(Verdict.STABLE);
        assertThat(Verdict.of(layers(13, 15.8, 0.5))).isEqualTo(Verdict.EXPLODES);
    }

    @Test
    void anOverflowedLayerWins() {
        List<LayerStatistics> layers = layers(0.5, 1, 0);
        layers.set(7, new LayerStatistics(1000, 0, 0, 0, 0, 0, 0, new long[30], 0, 0, 3));
        assertThat(Verdict.of(layers)).isEqualTo(Verdict.OVERFLOWS);
    }
}
