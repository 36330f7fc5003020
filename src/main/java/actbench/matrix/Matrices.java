package actbench.matrix;

/** Layout helpers for row-major flat arrays. */
public final class Matrices {

    private Matrices() {
    }

    /** Writes the transpose of {@code a} (rows x cols) into {@code into} (cols x rows) and returns it. */
    public static double[] transpose(double[] a, int rows, int cols, double[] into) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                into[j * rows + i] = a[i * cols + j];
            }
        }
        return into;
    }
}
