package actbench.kernel.vector;

import actbench.kernel.MatMul;
import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The i-k-j order on the Vector API: broadcast {@code a[i,p]} and fused-multiply-add it with row
 * {@code p} of {@code b} into row {@code i} of {@code c}, a vector at a time, with a scalar tail
 * for widths that are not a multiple of the lane count. The row of {@code c} stays in L1 but is
 * loaded and stored for every {@code p}, so this kernel is bound by L1 bandwidth, not by FMA.
 */
public final class VectorFmaMatMul implements MatMul {

    private static final VectorSpecies<Float> F = Species.FLOATS;
    private static final VectorSpecies<Double> D = Species.DOUBLES;

    @Override
    public String name() {
        return "vector-fma";
    }

    @Override
    public void multiplyRows(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
        int bound = F.loopBound(n);
        for (int i = rowFrom; i < rowTo; i++) {
            int ci = i * n;
            Arrays.fill(c, ci, ci + n, 0f);
            for (int p = 0; p < k; p++) {
                float aip = a[i * k + p];
                FloatVector av = FloatVector.broadcast(F, aip);
                int bp = p * n;
                int j = 0;
                for (; j < bound; j += F.length()) {
                    FloatVector bv = FloatVector.fromArray(F, b, bp + j);
                    bv.fma(av, FloatVector.fromArray(F, c, ci + j)).intoArray(c, ci + j);
                }
                for (; j < n; j++) {
                    c[ci + j] = Math.fma(aip, b[bp + j], c[ci + j]);
                }
            }
        }
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int k, int n, int rowFrom, int rowTo) {
        int bound = D.loopBound(n);
        for (int i = rowFrom; i < rowTo; i++) {
            int ci = i * n;
            Arrays.fill(c, ci, ci + n, 0d);
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                DoubleVector av = DoubleVector.broadcast(D, aip);
                int bp = p * n;
                int j = 0;
                for (; j < bound; j += D.length()) {
                    DoubleVector bv = DoubleVector.fromArray(D, b, bp + j);
                    bv.fma(av, DoubleVector.fromArray(D, c, ci + j)).intoArray(c, ci + j);
                }
                for (; j < n; j++) {
                    c[ci + j] = Math.fma(aip, b[bp + j], c[ci + j]);
                }
            }
        }
    }
}
