package actbench.kernel;

/**
 * A kernel that also reads its operands stored as bfloat16 bits (the top 16 bits of a float, in a
 * {@code short}), widening them to float as it packs them: 16-bit storage, float32 products and
 * sums, so the result is bit for bit the float product of the widened operands. Half the bytes of
 * A and B are read; the packed copies and C stay float.
 */
public interface Bfloat16MatMul extends MatMul {

    /** {@link #pack(float[], int, int, float[], int, int)} from bfloat16 bits. */
    void pack(short[] b, int k, int n, float[] packed, int from, int to);

    /** {@link #multiplyRows(float[], float[], float[], int, int, int, int)} with A as bfloat16 bits. */
    void multiplyRows(short[] a, float[] packedB, float[] c, int k, int n, int rowFrom, int rowTo);
}
