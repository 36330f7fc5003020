package actbench.benchmark;

/**
 * The shape of one product {@code C[m x n] = A[m x k] @ B[k x n]}, written {@code m x k x n} in
 * JMH parameters, tables and JSON.
 */
public record Shape(int m, int k, int n) {

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

    @Override
    public String toString() {
        return m + "x" + k + "x" + n;
    }
}
