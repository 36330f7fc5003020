package actbench.kernel.vector;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species every kernel uses, fixed once per JVM: the hardware's preferred width, or the
 * width forced with {@code -Dactbench.vector.bits=128|256|512}. Static finals, so C2 treats them as
 * constants; a species C2 cannot see as constant makes the Vector API box every operation.
 */
final class Species {

    static final String BITS_PROPERTY = "actbench.vector.bits";

    static final VectorSpecies<Float> FLOATS = VectorSpecies.of(float.class, VectorShape.forBitSize(bits()));
    static final VectorSpecies<Double> DOUBLES = VectorSpecies.of(double.class, FLOATS.vectorShape());

    private Species() {
    }

    /** The forced width if valid and no wider than the hardware's, else the preferred width. */
    static int bits() {
        int preferred = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        String forced = System.getProperty(BITS_PROPERTY);
        if (forced == null || forced.isBlank()) {
            return preferred;
        }
        try {
            int bits = Integer.parseInt(forced.trim());
            if ((bits == 128 || bits == 256 || bits == 512) && bits <= preferred) {
                return bits;
            }
        } catch (NumberFormatException e) {
            // fall through: the registry reports the bad value
        }
        return preferred;
    }
}
