package actbench.input;

/** The batch a run feeds its network: a distribution and a preprocessing step. */
public record InputSpec(InputKind kind, Preprocess preprocess) {

    public static final InputSpec LECTURE = new InputSpec(InputKind.GAUSSIAN, Preprocess.NONE);

    /** Draws the row-major {@code rows x cols} batch from matrix 0 and preprocesses it. */
    public void draw(actbench.random.MatrixDraws draws, double[] x, int rows, int cols) {
        kind.draw(draws, x, rows, cols);
        preprocess.apply(x, rows, cols);
    }

    /** Whether this is {@link #LECTURE} (without a record's {@code equals}: see {@code Gain.isOne}). */
    public boolean isLecture() {
        return kind == LECTURE.kind && preprocess == LECTURE.preprocess;
    }

    public String label() {
        return kind.label() + (preprocess == Preprocess.NONE ? "" : ", " + preprocess.label());
    }
}
