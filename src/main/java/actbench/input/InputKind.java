package actbench.input;

import actbench.random.MatrixDraws;
import java.util.Locale;

/** {@code --input}: the distribution of the batch fed to layer 1, drawn as matrix 0. */
public enum InputKind {
    /** N(0, 1) in every feature: the lecture's input, already normalised. */
    GAUSSIAN,
    /** U(0, 1): not centred (mean 1/2), std 0.289. */
    UNIFORM,
    /**
     * Unit-variance gaussian features correlated along the row, corr(x_j, x_k) = 0.9^|j-k|:
     * x_0 = z_0, x_j = 0.9 x_{j-1} + sqrt(1 - 0.81) z_j (an AR(1) process).
     */
    CORRELATED,
    /** exp(N(0, 1)), as numpy's {@code lognormal()}: skewed, mean 1.65, std 2.16. */
    LOGNORMAL;

    static final double CORRELATION = 0.9;

    /** Fills the row-major {@code rows x cols} batch from matrix 0 of the draws. */
    public void draw(MatrixDraws draws, double[] x, int rows, int cols) {
        int count = rows * cols;
        switch (this) {
            case GAUSSIAN -> draws.fill(0, x, count);
            case UNIFORM -> draws.fill(0, x, count, MatrixDraws.UNIFORM);
            case LOGNORMAL -> draws.fill(0, x, count, source -> Math.exp(source.gaussian()));
            case CORRELATED -> {
                draws.fill(0, x, count);
                double innovation = Math.sqrt(1 - CORRELATION * CORRELATION);
                for (int r = 0; r < rows; r++) {
                    for (int j = 1; j < cols; j++) {
                        x[r * cols + j] = CORRELATION * x[r * cols + j - 1] + innovation * x[r * cols + j];
                    }
                }
            }
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
