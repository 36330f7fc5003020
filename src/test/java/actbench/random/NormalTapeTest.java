package actbench.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Streams that read their normals from a shared tape give exactly what one sequential numpy
 * stream gives: for any mix of draws, any tape capacity (including one that runs out mid-way),
 * redraws, and streams that diverge from the tape after a few matrices.
 */
class NormalTapeTest {

    private static final long SEED = 1234;
    /** Matrix sizes, odd ones included: an odd count leaves numpy's cached gaussian behind. */
    private static final int[] COUNTS = {11, 7, 7, 6, 9};

    /** Which draw each matrix uses: all normals (the lecture), or a uniform (or rejection) somewhere. */
    static List<Arguments> cases() {
        MatrixDraws.Draw cut = source -> {
            double x;
            do {
                x = source.gaussian();
            } while (Math.abs(x) > 0.5);
            return x;
        };
        MatrixDraws.Draw n = MatrixDraws.NORMAL;
        MatrixDraws.Draw u = MatrixDraws.UNIFORM;
        List<Arguments> cases = new ArrayList<>();
        for (int capacity : new int[] {0, 5, 11, 18, 24, 40, 1000}) {
            cases.add(Arguments.of("normals", capacity, new MatrixDraws.Draw[] {n, n, n, n, n}));
            cases.add(Arguments.of("uniform input", capacity, new MatrixDraws.Draw[] {u, n, n, n, n}));
            cases.add(Arguments.of("uniform layer 2", capacity, new MatrixDraws.Draw[] {n, n, u, n, n}));
            cases.add(Arguments.of("rejection", capacity, new MatrixDraws.Draw[] {n, cut, cut, n, u}));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}, capacity {1}")
    @MethodSource("cases")
    void aTapedStreamIsTheSequentialStream(String name, int capacity, MatrixDraws.Draw[] draws) {
        double[][] expected = drawAll(new NumpyMatrixDraws(SEED), draws);
        NormalTapes tapes = new NormalTapes(capacity, 10 * capacity);
        // a first network fills the tape, a second one reads it, a third redraws as it goes
        assertThat(drawAll(new NumpyMatrixDraws(tapes.forSeed(SEED)), draws)).isDeepEqualTo(expected);
        assertThat(drawAll(new NumpyMatrixDraws(tapes.forSeed(SEED)), draws)).isDeepEqualTo(expected);
        NumpyMatrixDraws redrawing = new NumpyMatrixDraws(tapes.forSeed(SEED));
        drawAll(redrawing, draws);
        for (int m = COUNTS.length - 1; m >= 0; m--) {
            double[] again = new double[COUNTS[m]];
            redrawing.fill(m, again, again.length, draws[m]);
            assertThat(again).as("matrix %d drawn again", m).containsExactly(expected[m]);
        }
    }

    static int[] capacities() {
        return new int[] {0, 17, 40, 1000};
    }

    @ParameterizedTest(name = "budget {0}")
    @MethodSource("capacities")
    void tapesShareOneBudget(int budget) {
        NormalTapes tapes = new NormalTapes(30, budget);
        long seeds = 0;
        for (long seed = 0; seed < 50; seed++) {
            NormalTape tape = tapes.forSeed(seed);
            seeds += tape.holds(0, 30) ? 1 : 0;
            assertThat(tapes.forSeed(seed)).isSameAs(tape);
        }
        assertThat(seeds).isEqualTo(Math.min(50, budget / 30));
    }

    private static double[][] drawAll(NumpyMatrixDraws stream, MatrixDraws.Draw[] draws) {
        double[][] values = new double[COUNTS.length][];
        for (int m = 0; m < COUNTS.length; m++) {
            values[m] = new double[COUNTS[m]];
            stream.fill(m, values[m], COUNTS[m], draws[m]);
        }
        return values;
    }
}
