package actbench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedBenchTest {

    @Test
    void theOrderAlternatesAndEachPairAddsItsRatio() {
        PairedBench.Pairs pairs = new PairedBench.Pairs();
        assertThat(pairs.nextOursFirst()).isTrue();
        assertThat(pairs.nextOursFirst()).isFalse();
        assertThat(pairs.nextOursFirst()).isTrue();
        pairs.add(10, 20);
        pairs.add(30, 15);
        assertThat(pairs.pairs).isEqualTo(2);
        assertThat(pairs.oursNanos).isEqualTo(40);
        assertThat(pairs.openblasNanos).isEqualTo(35);
        assertThat(pairs.logRatio).isCloseTo(0.0, within(1e-12));
        pairs.reset();
        assertThat(pairs.pairs).isZero();
        assertThat(pairs.logRatio).isZero();
        assertThat(pairs.oursNanos + pairs.openblasNanos).isZero();
    }
}
