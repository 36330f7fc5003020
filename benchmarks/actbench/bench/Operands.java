package actbench.bench;

import java.util.SplittableRandom;

/**
 * The operands of one product {@code C[m x n] = A[m x k] @ B[k x n]} in one precision, row-major:
 * uniform in [-1, 1), A's elements drawn first, then B's; C zero. Every product bench times (ours
 * and the peers') multiplies these same numbers.
 */
public final class Operands {

    public final float[] af;
    public final float[] bf;
    public final float[] cf;
    public final double[] ad;
    public final double[] bd;
    public final double[] cd;

    private Operands(float[] af, float[] bf, float[] cf, double[] ad, double[] bd, double[] cd) {
        this.af = af;
        this.bf = bf;
        this.cf = cf;
        this.ad = ad;
        this.bd = bd;
        this.cd = cd;
    }

    /** Float operands when {@code f32}, else double; the other precision's arrays are null. */
    public static Operands draw(boolean f32, int m, int k, int n, SplittableRandom random) {
        if (f32) {
            return new Operands(floats(random, m * k), floats(random, k * n), new float[m * n], null, null, null);
        }
        return new Operands(null, null, null, doubles(random, m * k), doubles(random, k * n), new double[m * n]);
    }

    public boolean f32() {
        return af != null;
    }

    public static float[] floats(SplittableRandom random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextDouble(-1, 1);
        }
        return values;
    }

    public static double[] doubles(SplittableRandom random, int count) {
        return random.doubles(count, -1, 1).toArray();
    }
}
