package actbench.stats;

/**
 * The two passes of chunks' moments, the chunks of a span side by side. A sum in order waits for
 * the addition before it (3-4 cycles on these cores); {@value #GROUP} full chunks' sums in one
 * loop are independent chains, so the adders stay busy while each chunk's sum keeps its own order,
 * and with it its bits. A span may end in one more chunk, whole or shorter (a forward-pass task of
 * 40 rows of 500 is four chunks and 3,616 values): it is a fifth chain over the loop's first
 * iterations, where alone it would sum at the adder's latency and cost as much as the four. A span
 * with fewer than {@value #GROUP} full chunks sums them one at a time.
 */
final class ChunkSums {

    /** Full chunks summed side by side. */
    static final int GROUP = 4;
    /** Most chunks in one span: the full ones and a last one. */
    static final int MOST = GROUP + 1;

    private ChunkSums() {
    }

    /** Whether {@code [from, to)} is {@value #GROUP} full chunks and at most one more, summed side by side. */
    private static boolean sideBySide(int from, int to, int chunk) {
        int last = to - from - GROUP * chunk;
        return last >= 0 && last <= chunk;
    }

    /**
     * Writes the sum of each {@code chunk}-value chunk of {@code v[from .. to)} (at most
     * {@value #MOST} of them, the last may be shorter) to {@code sums}, and returns how many.
     */
    static int sums(double[] v, int from, int to, int chunk, double[] sums) {
        if (sideBySide(from, to, chunk)) {
            int last = to - from - GROUP * chunk;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            int i = from;
            for (; i < from + last; i++) {
                s0 += v[i];
                s1 += v[i + chunk];
                s2 += v[i + 2 * chunk];
                s3 += v[i + 3 * chunk];
                s4 += v[i + 4 * chunk];
            }
            // the rest of the full chunks: the same loop without the fifth chain, not a branch in it
            for (; i < from + chunk; i++) {
                s0 += v[i];
                s1 += v[i + chunk];
                s2 += v[i + 2 * chunk];
                s3 += v[i + 3 * chunk];
            }
            sums[0] = s0;
            sums[1] = s1;
            sums[2] = s2;
            sums[3] = s3;
            sums[4] = s4;
            return last > 0 ? MOST : GROUP;
        }
        int c = 0;
        for (int start = from; start < to; start += chunk, c++) {
            double s = 0;
            for (int i = start, end = Math.min(to, start + chunk); i < end; i++) {
                s += v[i];
            }
            sums[c] = s;
        }
        return c;
    }

    /**
     * Writes each chunk's sum of squared deviations from its mean in {@code means} to
     * {@code squares}, the chunks as {@link #sums} takes them.
     */
    static void squaredDeviations(double[] v, int from, int to, int chunk, double[] means, double[] squares) {
        if (sideBySide(from, to, chunk)) {
            int last = to - from - GROUP * chunk;
            double m0 = means[0];
            double m1 = means[1];
            double m2 = means[2];
            double m3 = means[3];
            double m4 = last > 0 ? means[4] : 0;
            double q0 = 0;
            double q1 = 0;
            double q2 = 0;
            double q3 = 0;
            double q4 = 0;
            int i = from;
            for (; i < from + last; i++) {
                double d0 = v[i] - m0;
                double d1 = v[i + chunk] - m1;
                double d2 = v[i + 2 * chunk] - m2;
                double d3 = v[i + 3 * chunk] - m3;
                double d4 = v[i + 4 * chunk] - m4;
                q0 += d0 * d0;
                q1 += d1 * d1;
                q2 += d2 * d2;
                q3 += d3 * d3;
                q4 += d4 * d4;
            }
            // as in sums: the rest of the full chunks
            for (; i < from + chunk; i++) {
                double d0 = v[i] - m0;
                double d1 = v[i + chunk] - m1;
                double d2 = v[i + 2 * chunk] - m2;
                double d3 = v[i + 3 * chunk] - m3;
                q0 += d0 * d0;
                q1 += d1 * d1;
                q2 += d2 * d2;
                q3 += d3 * d3;
            }
            squares[0] = q0;
            squares[1] = q1;
            squares[2] = q2;
            squares[3] = q3;
            squares[4] = q4;
            return;
        }
        int c = 0;
        for (int start = from; start < to; start += chunk, c++) {
            double mean = means[c];
            double q = 0;
            for (int i = start, end = Math.min(to, start + chunk); i < end; i++) {
                double d = v[i] - mean;
                q += d * d;
            }
            squares[c] = q;
        }
    }
}
