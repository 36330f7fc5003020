package actbench.kernel.vector;

import actbench.kernel.CensusKernel;
import actbench.kernel.MatMul;
import actbench.matrix.Precision;
import actbench.model.Activation;
import java.util.List;

/**
 * Runs every vector kernel once on a few values, before any real work ({@link VectorKernels}'s
 * class initialization), so that the Vector API meets every operation the kernels use while it is
 * still cold.
 *
 * <p>Why: the Vector API's Java fallback looks up each operation's implementation in a cache per
 * element type and kind ({@code VectorOperators.ImplCache.find}), filled on an operation's first
 * use through a call to a supplier. {@code find} is called by every operation not yet compiled, so
 * C2 soon compiles it on its own, speculating on the suppliers seen so far; an operation used for
 * the first time after that (tanh's, after the product's fallback made {@code find} hot) fails the
 * speculation: a {@code class_check} trap, recorded in {@code find}'s profile. C2 then adds
 * {@code find}'s trap count to a compile's total once for every inlined copy of {@code find}, one
 * per vector operation, 40-odd in the tanh loop: three traps pass {@code -XX:PerMethodTrapLimit}
 * (100), the compile stops speculating on receiver types, the vectors lose their exact classes, the
 * intrinsics miss their constants ({@code -XX:+PrintIntrinsics}: "missing constant") and the loop
 * runs the boxed fallback. Seen in JMH {@code ForwardPassBench} (tanh, f64, one thread): two or
 * three forks of six to eight at 300-390 ms a pass against 140-215, with up to 230 young
 * collections a fork; {@code -XX:+LogCompilation} showed the traps in {@code find} in exactly
 * the slow forks. With every operation met here, in the interpreter, no first use is left for later.
 * (Other helpers inlined as often can take such traps from their own profiles, which no priming
 * prevents: {@code run.sh} raises {@code PerMethodTrapLimit} to 1000 for those.)
 * It takes about 50 ms of CPU, nearly all of it the Vector API's first use (its classes, the
 * fallback's lambdas), which was paid before wherever the first vector operation came.
 */
final class OperationPriming {

    private OperationPriming() {
    }

    static void run() {
        // one vector of each precision: the vector loops have no branches, every operation runs
        float[] floats = values(Species.FLOATS.length());
        double[] doubles = new double[Species.DOUBLES.length()];
        for (int i = 0; i < doubles.length; i++) {
            doubles[i] = floats[i];
        }
        VectorActivation activation = new VectorActivation();
        for (Activation kind : Activation.all()) {
            activation.apply(kind, floats.clone(), 0, floats.length);
            activation.apply(kind, doubles.clone(), 0, doubles.length);
        }
        VectorCensus census = new VectorCensus();
        census.countAndWiden(floats, 0, floats.length, new double[floats.length], new CensusKernel.Counts());
        double[] twoVectors = new double[2 * doubles.length];
        census.count(twoVectors, 0, twoVectors.length, new CensusKernel.Counts());
        VectorLowPrecision rounding = new VectorLowPrecision();
        for (Precision format : List.of(Precision.BF16, Precision.F16)) {
            rounding.round(format, floats.clone(), 0, floats.length);
        }
        // one row by one vector: every kernel runs its vector loop once (the packed one an edge tile)
        int n = floats.length;
        float[] a = values(1);
        double[] a64 = {a[0]};
        VectorPackedMatMul packed = new VectorPackedMatMul();
        for (MatMul product : List.of(new VectorFmaMatMul(), packed)) {
            product.multiply(a, floats, new float[n], 1, 1, n);
            product.multiply(a64, doubles, new double[doubles.length], 1, 1, doubles.length);
        }
        float[] packed16 = new float[packed.packedLength(Precision.F32, 1, n)];
        packed.pack(new short[n], 1, n, packed16, 0, 1);
        packed.multiplyRows(new short[1], packed16, new float[n], 1, n, 0, 1);
    }

    /** Values from -3 to 3 in steps of 0.5. */
    private static float[] values(int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (i % 13 - 6) * 0.5f;
        }
        return values;
    }
}
