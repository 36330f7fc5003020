package actbench.kernel;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry: every kernel by name, what this JVM offers, and the choice made once at start-up.
 *
 * <p>Vector kernels are offered only when the incubator module is readable, the JIT is C2 (the
 * Vector API is up to 100x slower elsewhere) and {@code -Dactbench.vector=false} is not set; they
 * come from the one {@link VectorProvider}, loaded by name, so the scalar path never links against
 * {@code jdk.incubator.vector}.
 * {@code -Dactbench.vector.bits=128|256|512} forces a narrower width than the hardware's.
 */
public final class Kernels {

    public static final String AUTO = "auto";
    static final String VECTOR_PROPERTY = "actbench.vector";
    static final String BITS_PROPERTY = "actbench.vector.bits";

    /** What the JVM offers; {@code bits} (used) and {@code preferredBits} (hardware) are 0 without vectors. */
    public record Capabilities(boolean vectors, int bits, int preferredBits, int floatLanes,
                               int doubleLanes, String reason) {

        /** For reports: {@code 512-bit (16 float / 8 double lanes)} or {@code scalar (why)}. */
        public String describe() {
            return vectors
                    ? bits + "-bit (" + floatLanes + " float / " + doubleLanes + " double lanes)"
                    : "scalar (" + reason + ")";
        }
    }

    /** The kernels chosen for a run. */
    public record Selection(MatMul matMul, ActivationKernel activation, CensusKernel census, Rounding rounding,
                            Capabilities capabilities) {

        /** The same kernels, with the scalar activation kernel (the vector one's twin, bit for bit). */
        public Selection withScalarActivation() {
            return new Selection(matMul, new ScalarActivation(), census, rounding, capabilities);
        }

        /** The same kernels, with the scalar census (the vector one's twin, bit for bit). */
        public Selection withScalarCensus() {
            return new Selection(matMul, activation, new ScalarCensus(), rounding, capabilities);
        }
    }

    private static final Capabilities CAPABILITIES;
    private static final Map<String, MatMul> MATMULS = new LinkedHashMap<>();
    private static final ActivationKernel ACTIVATION;
    private static final CensusKernel CENSUS;
    private static final Rounding ROUNDING;
    private static final List<String> WARNINGS = new ArrayList<>();

    static {
        for (MatMul scalar : List.of(new NaiveMatMul(), new ReorderedMatMul(), new BlockedMatMul())) {
            MATMULS.put(scalar.name(), scalar);
        }
        String unavailable = whyNoVectors();
        ActivationKernel activation = new ScalarActivation();
        CensusKernel census = new ScalarCensus();
        Rounding rounding = new ScalarRounding();
        Capabilities capabilities = new Capabilities(false, 0, 0, 1, 1, unavailable);
        if (unavailable == null) {
            try {
                VectorProvider vectors = (VectorProvider) Class.forName(VectorProvider.IMPLEMENTATION)
                        .getDeclaredConstructor().newInstance();
                vectors.matMuls().forEach(k -> MATMULS.put(k.name(), k));
                activation = vectors.activation();
                census = vectors.census();
                rounding = vectors.rounding();
                checkForcedWidth(vectors.bits(), vectors.preferredBits());
                capabilities = new Capabilities(true, vectors.bits(), vectors.preferredBits(), vectors.floatLanes(),
                        vectors.doubleLanes(), null);
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                capabilities = new Capabilities(false, 0, 0, 1, 1, "Vector API failed to load: " + e);
                WARNINGS.add("Vector API failed to load (" + e + "); using scalar kernels");
            }
        } else {
            WARNINGS.add("Vector API " + (unavailable.startsWith("disabled") ? "" : "unavailable: ")
                    + unavailable + "; using scalar kernels, which are much slower");
        }
        CAPABILITIES = capabilities;
        ACTIVATION = activation;
        CENSUS = census;
        ROUNDING = rounding;
    }

    private Kernels() {
    }

    /** Why vector kernels cannot be used here, or null if they can. */
    private static String whyNoVectors() {
        if ("false".equalsIgnoreCase(System.getProperty(VECTOR_PROPERTY, "true").trim())) {
            return "disabled by -D" + VECTOR_PROPERTY + "=false";
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return "module not readable: run java with --add-modules jdk.incubator.vector";
        }
        String vm = System.getProperty("java.vm.name", "");
        if (!vm.contains("Server VM")) {
            return "JVM '" + vm + "' is not HotSpot with C2";
        }
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.equals("-Xint") || arg.startsWith("-XX:TieredStopAtLevel=")
                    && !arg.endsWith("=4")) {
                return "C2 is disabled by " + arg;
            }
        }
        return null;
    }

    /** Warns when a forced width was set but not taken: the vector package decided, we only report. */
    private static void checkForcedWidth(int bits, int preferred) {
        String forced = System.getProperty(BITS_PROPERTY);
        if (forced != null && !forced.isBlank() && !forced.trim().equals(Integer.toString(bits))) {
            WARNINGS.add("ignoring -D" + BITS_PROPERTY + "=" + forced.trim() + ": allowed are 128, 256 or 512, "
                    + "at most this machine's " + preferred + " bits; using " + bits);
        }
    }

    public static Capabilities capabilities() {
        return CAPABILITIES;
    }

    /** Lines to show the user once, e.g. why vectors are off. */
    public static List<String> warnings() {
        return List.copyOf(WARNINGS);
    }

    /** Every matrix-multiply kernel available in this JVM, slowest technique first. */
    public static List<String> names() {
        return List.copyOf(MATMULS.keySet());
    }

    /**
     * The kernel that {@code auto} picks, a fixed preference (not measured at start-up): the packed
     * vector kernel where the Vector API is usable, else the best scalar one. {@code ./run.sh
     * bench} shows it is the fastest of ours on the machines we know.
     */
    public static String best() {
        return MATMULS.containsKey("vector-packed") ? "vector-packed" : "reordered";
    }

    /**
     * The kernels for {@code --kernel name}.
     *
     * @throws IllegalArgumentException for a name this JVM does not offer
     */
    public static Selection select(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        MatMul matMul = MATMULS.get(AUTO.equals(key) ? best() : key);
        if (matMul == null) {
            throw new IllegalArgumentException("'" + name + "' is not a kernel here");
        }
        return new Selection(matMul, ACTIVATION, CENSUS, ROUNDING, CAPABILITIES);
    }

    public static MatMul matMul(String name) {
        return select(name).matMul();
    }
}
