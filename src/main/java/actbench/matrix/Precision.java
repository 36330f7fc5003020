package actbench.matrix;

import java.util.Locale;

/**
 * The floating-point type a forward pass stores its values in; statistics are always double.
 * {@code bf16} and {@code f16} are storage formats: every stored value (input, weights, each
 * layer's activations) is rounded to the format, and the products accumulate in float32, as
 * tensor cores and AVX-512 BF16 do, so they compute in {@link #compute() F32}.
 */
public enum Precision {
    F32(Float.BYTES, Float.MIN_NORMAL, Float.MAX_VALUE),
    F64(Double.BYTES, Double.MIN_NORMAL, Double.MAX_VALUE),
    /** bfloat16: 8 significant bits, float's exponent range. */
    BF16(Float.BYTES, Float.MIN_NORMAL, 0x1.FEp127),
    /** IEEE float16: 11 significant bits, normal from 2^-14, largest 65504. */
    F16(Float.BYTES, 0x1p-14, 65504);

    private final int bytes;
    private final double minNormal;
    private final double maxFinite;

    Precision(int bytes, double minNormal, double maxFinite) {
        this.bytes = bytes;
        this.minNormal = minNormal;
        this.maxFinite = maxFinite;
    }

    /** Bytes of one value in the arrays the pass computes in (float32 for the 16-bit formats). */
    public int bytes() {
        return bytes;
    }

    /** The type the kernels compute in: float32 for the 16-bit storage formats. */
    public Precision compute() {
        return this == F64 ? F64 : F32;
    }

    /** True for the formats narrower than the type computed in, whose stored values are rounded. */
    public boolean rounded() {
        return this == BF16 || this == F16;
    }

    /** The format's smallest positive normal value: below it a value is subnormal or zero. */
    public double minNormal() {
        return minNormal;
    }

    /** The format's largest finite value: beyond it a stored value is infinite. */
    public double maxFinite() {
        return maxFinite;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
