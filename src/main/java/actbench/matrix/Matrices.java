package actbench.matrix;

/** Layout helpers for row-major flat arrays. */
public final class Matrices {

    private Matrices() {
    }

    /**
     * Multiplies {@code a[0 .. count)} by {@code by}, in place. A method of its own, which every
     * initializer calls: inside an initializer's {@code fill} the loop was compiled with the scale
     * of the initializer first seen, each new one threw that code away, and without on-stack
     * replacement (run.sh's stats) the next calls' loops ran in the interpreter: the large f32
     * job's tanh/xavier and tanh/he combinations drew and scaled their weights in 43-61 ms against
     * 18-29 ms for the others (22-29 ms with this).
     */
    public static void scale(double[] a, int count, double by) {
        for (int i = 0; i < count; i++) {
            a[i] *= by;
        }
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
