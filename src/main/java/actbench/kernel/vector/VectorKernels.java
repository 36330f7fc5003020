package actbench.kernel.vector;

import actbench.kernel.ActivationKernel;
import actbench.kernel.CensusKernel;
import actbench.kernel.MatMul;
import actbench.kernel.Rounding;
import actbench.kernel.VectorProvider;
import java.util.List;

/**
 * The vector package's {@link VectorProvider}, which the registry instantiates by name only after
 * it has checked that the incubator module is readable.
 */
public final class VectorKernels implements VectorProvider {

    static {
        // before any kernel runs, from whichever thread loads the kernels first (OperationPriming says why)
        OperationPriming.run();
    }

    @Override
    public List<MatMul> matMuls() {
        return List.of(new VectorFmaMatMul(), new VectorPackedMatMul());
    }

    @Override
    public ActivationKernel activation() {
        return new VectorActivation();
    }

    @Override
    public CensusKernel census() {
        return new VectorCensus();
    }

    @Override
    public Rounding rounding() {
        return new VectorLowPrecision();
    }

    @Override
    public int bits() {
        return Species.FLOATS.vectorBitSize();
    }

    @Override
    public int preferredBits() {
        return jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize();
    }

    @Override
    public int floatLanes() {
        return Species.FLOATS.length();
    }

    @Override
    public int doubleLanes() {
        return Species.DOUBLES.length();
    }
}
