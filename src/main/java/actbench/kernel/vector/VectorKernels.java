package actbench.kernel.vector;

import actbench.kernel.ActivationKernel;
import actbench.kernel.MatMul;
import java.util.List;

/**
 * The entry point the registry loads by name, only after it has checked that the incubator module
 * is readable, so scalar code never links against {@code jdk.incubator.vector}.
 */
public final class VectorKernels {

    private VectorKernels() {
    }

    public static List<MatMul> matMuls() {
        return List.of(new VectorFmaMatMul(), new VectorPackedMatMul());
    }

    public static ActivationKernel activation() {
        return new VectorActivation();
    }

    /** Vector width in bits actually used by the kernels. */
    public static int bits() {
        return Species.FLOATS.vectorBitSize();
    }

    /** The hardware's preferred width in bits. */
    public static int preferredBits() {
        return jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize();
    }

    public static int floatLanes() {
        return Species.FLOATS.length();
    }

    public static int doubleLanes() {
        return Species.DOUBLES.length();
    }
}
