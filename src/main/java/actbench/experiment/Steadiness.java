package actbench.experiment;

/**
 * Whether timed passes have stopped getting faster: the fastest has not improved by more than 2%
 * over the last {@value #STEADY} passes. One per activation of a run: every combination with that
 * activation runs the same compiled code on arrays of the same shapes (only the weights' values
 * differ), so passes of earlier combinations count, and a later combination need not warm up again.
 */
final class Steadiness {

    static final int STEADY = 5;

    private long best = Long.MAX_VALUE;
    private int sinceBetter;

    void record(long nanos) {
        sinceBetter = nanos < best * 0.98 ? 0 : sinceBetter + 1;
        best = Math.min(best, nanos);
    }

    boolean steady() {
        return sinceBetter >= STEADY;
    }
}
