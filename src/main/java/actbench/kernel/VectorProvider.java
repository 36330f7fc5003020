package actbench.kernel;

import java.util.List;

/**
 * What the vector package offers, behind one interface: {@link Kernels} loads its single
 * implementation by name (after checking that the incubator module is readable, so the scalar
 * path never links against {@code jdk.incubator.vector}) and makes plain calls after that, as
 * Lucene's {@code VectorizationProvider} does. A renamed method no longer compiles, instead of
 * silently falling back to scalar kernels at start-up.
 */
public interface VectorProvider {

    /** The implementation's class, loaded only when vectors can be used. */
    String IMPLEMENTATION = "actbench.kernel.vector.VectorKernels";

    List<MatMul> matMuls();

    ActivationKernel activation();

    CensusKernel census();

    Rounding rounding();

    /** Vector width in bits actually used by the kernels. */
    int bits();

    /** The hardware's preferred width in bits. */
    int preferredBits();

    int floatLanes();

    int doubleLanes();
}
