package actbench.random;

import static actbench.Fixtures.doubles;
import static actbench.Fixtures.integer;
import static actbench.Fixtures.longs;
import static actbench.Fixtures.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import actbench.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The legacy numpy stream against numpy itself (fixtures from make_fixtures.py). */
class NumpyRandomTest {

    static Stream<Map<String, Object>> words() {
        return Fixtures.list(Fixtures.load("numpy_random.json"), "words").stream();
    }

    static Stream<Map<String, Object>> streams() {
        return Fixtures.list(Fixtures.load("numpy_random.json"), "streams").stream();
    }

    @ParameterizedTest
    @MethodSource("words")
    void rawWordsMatchGenrandInt32AcrossTwists(Map<String, Object> fixture) {
        NumpyRandom random = new NumpyRandom(integer(fixture, "seed"));
        long[] expected = longs(fixture, "words");
        for (int i = 0; i < expected.length; i++) {
            assertThat(random.nextInt32() & 0xFFFF_FFFFL).as("word %d", i).isEqualTo(expected[i]);
        }
    }

    @ParameterizedTest
    @MethodSource("streams")
    void doublesMatchRandomSampleExactly(Map<String, Object> fixture) {
        NumpyRandom random = new NumpyRandom(integer(fixture, "seed"));
        for (double expected : doubles(fixture, "doubles")) {
            assertThat(random.nextDouble()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("streams")
    void shortGaussianStreamsMatchExactlyAcrossAnOddCount(Map<String, Object> fixture) {
        NumpyRandom random = new NumpyRandom(integer(fixture, "seed"));
        double[] expected = doubles(fixture, "normals_7_then_4");
        double[] actual = new double[expected.length];
        random.fillGaussian(actual, 0, 7);   // leaves the second value of a pair cached
        for (int i = 7; i < actual.length; i++) {
            actual[i] = random.nextGaussian();
        }
        assertThat(actual).containsExactly(expected);
    }

    @ParameterizedTest
    @MethodSource("streams")
    void longGaussianStreamsMatchWithinAFewUlps(Map<String, Object> fixture) {
        // Math.log and glibc's log differ in the last bit for ~0.1% of inputs.
        NumpyRandom random = new NumpyRandom(integer(fixture, "seed"));
        int count = (int) integer(fixture, "long_count");
        double[] values = new double[count];
        random.fillGaussian(values, 0, count);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        assertThat(sum).isCloseTo(number(fixture, "long_sum"), within(1e-9));
        double[] last = doubles(fixture, "long_last");
        for (int i = 0; i < last.length; i++) {
            double actual = values[count - last.length + i];
            assertThat(actual).isCloseTo(last[i], within(4 * Math.ulp(last[i])));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 4_294_967_296L, Long.MAX_VALUE})
    void seedsOutsideNumpysRangeAreRejected(long seed) {
        assertThatThrownBy(() -> new NumpyRandom(seed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4294967295");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 4})
    void redrawingAMatrixGivesTheSameValues(int index) {
        NumpyMatrixDraws draws = new NumpyMatrixDraws(17);
        double[][] first = new double[5][];
        for (int m = 0; m < first.length; m++) {
            first[m] = new double[7 + m];
            draws.fill(m, first[m], first[m].length);
        }
        double[] again = new double[7 + index];
        draws.fill(index, again, again.length);
        assertThat(again).containsExactly(first[index]);
        assertThat(List.of(draws.name())).containsExactly("numpy");
    }
}
