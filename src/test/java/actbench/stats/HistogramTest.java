package actbench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** numpy's np.histogram(x, 30, range=(-1, 1)) semantics. */
class HistogramTest {

    private static Histogram of(double... values) {
        Histogram histogram = new Histogram(30, -1, 1);
        for (double v : values) {
            histogram.add(v);
        }
        return histogram;
    }

    @Test
    void theLastBinIsClosedAndTheOthersHalfOpen() {
        Histogram h = of(1.0, -1.0, 0.0);
        long[] counts = h.counts();
        assertThat(counts[29]).isEqualTo(1);  // 1.0 belongs to the last bin
        assertThat(counts[0]).isEqualTo(1);   // -1.0 is the first edge
        assertThat(counts[15]).isEqualTo(1);  // 0.0 is the left edge of bin 15
        assertThat(h.below()).isZero();
        assertThat(h.above()).isZero();
    }

    @Test
    void valuesOutsideTheRangeAreCountedApart() {
        Histogram h = of(-1.0000001, 1.0000001, -5, 7, Math.nextDown(-1.0), Math.nextUp(1.0));
        assertThat(h.counts()).containsOnly(0);
        assertThat(h.below()).isEqualTo(3);
        assertThat(h.above()).isEqualTo(3);
    }

    @Test
    void valuesOnAnInnerEdgeGoToTheBinOnTheRight() {
        // numpy's edges are i * (2/30) - 1; a value exactly on one opens the next bin
        for (int i = 1; i < 30; i++) {
            double edge = i * (2.0 / 30) + -1.0;
            long[] counts = of(edge, Math.nextDown(edge)).counts();
            assertThat(counts[i]).as("edge %d", i).isEqualTo(1);
            assertThat(counts[i - 1]).as("just below edge %d", i).isEqualTo(1);
        }
    }

    @Test
    void mergeAddsCounts() {
        Histogram a = of(0.5, 2);
        a.merge(of(0.5, -2));
        assertThat(a.counts()[22]).isEqualTo(2);
        assertThat(a.below()).isEqualTo(1);
        assertThat(a.above()).isEqualTo(1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 7, 30, 64})
    void slotsCountWhatAddCounts(int bins) {
        java.util.List<Double> values = new java.util.ArrayList<>();
        Histogram edges = new Histogram(bins, -1, 1);
        for (int i = 0; i <= bins; i++) {
            double edge = i == bins ? 1 : i * (2.0 / bins) - 1;
            values.addAll(java.util.List.of(edge, Math.nextUp(edge), Math.nextDown(edge)));
        }
        java.util.Random random = new java.util.Random(bins);
        for (int i = 0; i < 5000; i++) {
            values.add(random.nextGaussian() * (i % 3 == 0 ? 0.01 : 0.9));
        }
        values.addAll(java.util.List.of(-7.0, 9.0, 0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE));
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        for (double x : array) {
            edges.add(x);
        }
        // the branch-free slots, tallied in four lanes, for finite values (the fast path)
        Histogram slots = new Histogram(bins, -1, 1);
        for (int i = 0; i < array.length; i++) {
            slots.tally(i & 3, slots.slot(array[i]));
            if (i % 1000 == 999) {
                slots.flush();
            }
        }
        slots.flush();
        // the general path skips what is not finite
        double[] withNonFinite = java.util.Arrays.copyOf(array, array.length + 3);
        withNonFinite[array.length] = Double.NaN;
        withNonFinite[array.length + 1] = Double.POSITIVE_INFINITY;
        withNonFinite[array.length + 2] = Double.NEGATIVE_INFINITY;
        Histogram bulk = new Histogram(bins, -1, 1);
        bulk.tally(0, 1);
        bulk.discard();
        bulk.addAll(withNonFinite, 0, 1000);
        bulk.addAll(withNonFinite, 1000, withNonFinite.length);
        for (Histogram h : java.util.List.of(slots, bulk)) {
            assertThat(h.counts()).containsExactly(edges.counts());
            assertThat(h.below()).isEqualTo(edges.below());
            assertThat(h.above()).isEqualTo(edges.above());
        }
    }
}
