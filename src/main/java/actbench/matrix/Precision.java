package actbench.matrix;

import java.util.Locale;

/** The floating-point type the forward pass computes in; statistics are always double. */
public enum Precision {
    F32(Float.BYTES),
    F64(Double.BYTES);

    private final int bytes;

    Precision(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
