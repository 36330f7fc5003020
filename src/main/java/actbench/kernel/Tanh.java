package actbench.kernel;

/**
 * tanh built only from IEEE-exact operations (+, -, *, /, min, bit moves), so the scalar form here
 * and the Vector API form in {@code VectorActivation} give the same bits, compiled or interpreted.
 * The JDK's {@code VectorOperators.TANH} does not: its intrinsic (Intel SVML) and its Java fallback
 * differ in the last bit, so results would depend on when the JIT compiled the loop and hence on
 * the thread count.
 *
 * <p>Method: {@code tanh|x| = m / (m + 2)} with {@code m = expm1(2|x|)}. With {@code y = 2|x|}
 * clamped where tanh rounds to 1, {@code k = round(y / ln 2)}, {@code r = y - k ln 2} (Cody-Waite,
 * |r| <= ln2 / 2), {@code expm1(r)} from its Taylor series (to r^13 in double, r^7 in float: the
 * first omitted term is below half an ulp), and {@code m = 2^k expm1(r) + (2^k - 1)}. No
 * cancellation near 0, unlike {@code 1 - 2 / (e^y + 1)}; the sign is copied from x.
 * Measured error against {@code Math.tanh} is a few ulps (see ActivationKernelTest).
 */
public final class Tanh {

    /** 2|x| above which tanh(x) rounds to 1 (tanh(20) = 1 - 8e-18 in double, tanh(10) in float). */
    public static final double CLAMP = 40;
    public static final float CLAMP_F = 20f;
    /**
     * |x| beyond which sigmoid's expm1 is clamped: 2^k must stay a normal number, and 1 / e^|x|
     * too (sigmoid(-700) = 1e-304 in double, sigmoid(-87) = 1.6e-38 in float).
     */
    public static final double SIGMOID_CLAMP = 700;
    public static final float SIGMOID_CLAMP_F = 87f;
    /** ln 2 split so that k * LN2_HI is exact (fdlibm's constants). */
    public static final double LN2_HI = 6.93147180369123816490e-01;
    public static final double LN2_LO = 1.90821492927058770002e-10;
    public static final float LN2_HI_F = 0.693145751953125f;
    public static final float LN2_LO_F = 1.42860677e-06f;
    public static final double INV_LN2 = 1.44269504088896338700e+00;
    public static final float INV_LN2_F = 1.44269504f;
    /** Adding and subtracting 1.5 * 2^52 (2^23 in float) rounds to the nearest integer. */
    public static final double ROUNDER = 0x1.8p52;
    public static final float ROUNDER_F = 0x1.8p23f;
    /**
     * After the addition, k sits in the low mantissa bits: bits(t) - bits(ROUNDER) = k as an
     * integer. Cheaper than a float-to-int conversion, which JDK 17 does not vectorize on AVX2.
     */
    public static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);
    public static final int ROUNDER_F_BITS = Float.floatToRawIntBits(ROUNDER_F);
    /** 1/n! for n = 2..13: the Taylor coefficients of expm1. Private: an array cannot be made read-only. */
    private static final double[] C = {
        1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880,
        1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800L};
    /** 1/n! for n = 2..7 in float. */
    private static final float[] C_F = {1f / 2, 1f / 6, 1f / 24, 1f / 120, 1f / 720, 1f / 5040};

    private Tanh() {
    }

    /** A copy of the expm1 coefficients 1/n!, n = 2..13, for kernels that evaluate the same polynomial. */
    public static double[] expm1Coefficients() {
        return C.clone();
    }

    /** A copy of the float expm1 coefficients 1/n!, n = 2..7. */
    public static float[] expm1CoefficientsF() {
        return C_F.clone();
    }

    public static double tanh(double x) {
        double m = expm1(Math.min(2 * Math.abs(x), CLAMP));
        return Math.copySign(m / (m + 2), x);
    }

    public static float tanh(float x) {
        float m = expm1(Math.min(2 * Math.abs(x), CLAMP_F));
        return Math.copySign(m / (m + 2), x);
    }

    /**
     * The logistic function from the same expm1: with {@code m = expm1(|x|)}, sigmoid(|x|) is
     * {@code (m + 1) / (m + 2)} and sigmoid(-|x|) is {@code 1 / (m + 2)}, both free of cancellation,
     * so tiny values keep their relative accuracy instead of rounding to 0.
     */
    public static double sigmoid(double x) {
        double m = expm1(Math.min(Math.abs(x), SIGMOID_CLAMP));
        return (x < 0 ? 1 : m + 1) / (m + 2);
    }

    public static float sigmoid(float x) {
        float m = expm1(Math.min(Math.abs(x), SIGMOID_CLAMP_F));
        return (x < 0 ? 1 : m + 1) / (m + 2);
    }

    /** expm1(y) for 0 <= y <= the clamps above (or NaN), by the method in the class comment. */
    private static double expm1(double y) {
        double t = y * INV_LN2 + ROUNDER;
        double k = t - ROUNDER;
        double r = (y - k * LN2_HI) - k * LN2_LO;
        double q = C[11];
        for (int i = 10; i >= 0; i--) {
            q = q * r + C[i];
        }
        double p = r + r * r * q;
        double s = Double.longBitsToDouble((Double.doubleToRawLongBits(t) - ROUNDER_BITS + 1023) << 52);
        return s * p + (s - 1);
    }

    private static float expm1(float y) {
        float t = y * INV_LN2_F + ROUNDER_F;
        float k = t - ROUNDER_F;
        float r = (y - k * LN2_HI_F) - k * LN2_LO_F;
        float q = C_F[5];
        for (int i = 4; i >= 0; i--) {
            q = q * r + C_F[i];
        }
        float p = r + r * r * q;
        float s = Float.intBitsToFloat((Float.floatToRawIntBits(t) - ROUNDER_F_BITS + 127) << 23);
        return s * p + (s - 1);
    }
}
