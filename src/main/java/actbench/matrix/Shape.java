package actbench.matrix;

/**
 * The shape of one product {@code C[m x n] = A[m x k] @ B[k x n]}, written {@code m x k x n} in
 * JMH parameters, tables and JSON.
 */
public record Shape(int m, int k, int n) {

    /** One layer of the lecture's network, a batch of 1000 through 500 x 500 weights, as text (for annotations). */
    public static final String LECTURE_LAYER_TEXT = "1000x500x500";
    /** One layer of the lecture's network. */
    public static final Shape LECTURE_LAYER = parse(LECTURE_LAYER_TEXT);

    /** Parses {@code "1000x500x500"}. */
    public static Shape parse(String text) {
        String[] dims = text.split("x");
        if (dims.length != 3) {
            throw new IllegalArgumentException("shape must be m x k x n, like 1000x500x500: " + text);
        }
        return new Shape(Integer.parseInt(dims[0]), Integer.parseInt(dims[1]), Integer.parseInt(dims[2]));
    }

    /** Floating-point operations of one product: a multiply and an add per term. */
    public double flop() {
        return 2.0 * m * k * n;
    }

    /** {@code C[1000x500] = A[1000x500] @ B[500x500]}, for titles. */
    public String product() {
        return "C[" + m + "x" + n + "] = A[" + m + "x" + k + "] @ B[" + k + "x" + n + "]";
    }

    @Override
    public String toString() {
        return m + "x" + k + "x" + n;
    }
}
