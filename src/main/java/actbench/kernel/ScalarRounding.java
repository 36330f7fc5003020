package actbench.kernel;

import actbench.matrix.Precision;

/** {@link Rounding} one value at a time: the reference the vector kernel matches bit for bit. */
public final class ScalarRounding implements Rounding {

    @Override
    public int round(Precision format, float[] x, int from, int to) {
        boolean half = Rounding.isHalf(format);
        float minNormal = (float) format.minNormal();
        int underflows = 0;
        for (int i = from; i < to; i++) {
            float value = x[i];
            float rounded = half ? LowPrecision.float16(value) : LowPrecision.bfloat16(value);
            underflows += value != 0 && Math.abs(rounded) < minNormal ? 1 : 0;
            x[i] = rounded;
        }
        return underflows;
    }
}
