package actbench.kernel.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import actbench.kernel.MatMul;
import actbench.matrix.Precision;
import actbench.model.Activation;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import org.junit.jupiter.api.Test;

/**
 * After {@link OperationPriming}, real work meets no operation the Vector API has not met: every
 * kernel, on shapes and lengths beyond the priming's one vector (tails, edge tiles and panels,
 * several blocks of k), leaves the API's per-operation caches ({@code VectorOperators.ImplCache})
 * as the priming left them. A kernel that gains an operation or a path the priming does not run
 * fails here. Checked in a fresh JVM (other tests in this one have run kernels already) with this
 * run's vector flags and the module opened to read the caches, which are the JDK's internals: on a
 * JDK without them the test is skipped.
 */
class OperationPrimingTest {

    private static final List<Class<?>> VECTOR_CLASSES = List.of(FloatVector.class, DoubleVector.class,
            IntVector.class, LongVector.class, ShortVector.class, ByteVector.class);
    /** The child's exit status when it cannot read the caches. */
    private static final int UNREADABLE = 3;

    @Test
    void theKernelsMeetNoOperationThePrimingDidNotRun() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--add-modules", "jdk.incubator.vector",
                "--add-opens", "jdk.incubator.vector/jdk.incubator.vector=ALL-UNNAMED"));
        // the vector width and hardware settings this test run was started with
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("-XX:") || flag.startsWith("-Dactbench.")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        assumeTrue(status != UNREADABLE, out);
        assertThat(status).as(out + err).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).as("operations the priming met").matches("primed: [1-9][0-9]*");
        assertThat(lines.subList(1, lines.size())).as("operations first met after the priming").isEmpty();
    }

    /** The child: primes, counts the operations met, runs every kernel, prints what was new. */
    static final class Probe {

        public static void main(String[] args) {
            try {
                OperationPriming.run();
                TreeSet<String> primed = operationsMet();
                runEveryKernel();
                TreeSet<String> after = operationsMet();
                after.removeAll(primed);
                System.out.println("primed: " + primed.size());
                after.forEach(System.out::println);
            } catch (ReflectiveOperationException | RuntimeException e) {
                System.out.println("the Vector API's operation caches cannot be read here: " + e);
                System.exit(UNREADABLE);
            }
        }
    }

    private static void runEveryKernel() {
        SplittableRandom random = new SplittableRandom(3);
        VectorActivation activation = new VectorActivation();
        VectorLowPrecision rounding = new VectorLowPrecision();
        for (int length : new int[] {1, 7, 33, 130}) {
            float[] floats = new float[length];
            double[] doubles = new double[length];
            for (int i = 0; i < length; i++) {
                doubles[i] = random.nextGaussian() * 4;
                floats[i] = (float) doubles[i];
            }
            for (Activation kind : Activation.all()) {
                activation.apply(kind, floats.clone(), 0, length);
                activation.apply(kind, doubles.clone(), 0, length);
            }
            for (Precision format : List.of(Precision.BF16, Precision.F16)) {
                rounding.round(format, floats.clone(), 0, length);
            }
        }
        VectorPackedMatMul packed = new VectorPackedMatMul();
        for (int[] shape : new int[][] {{1, 1, 1}, {13, 37, 29}, {21, 600, 70}}) {
            int m = shape[0];
            int k = shape[1];
            int n = shape[2];
            float[] a = new float[m * k];
            float[] b = new float[k * n];
            double[] a64 = new double[m * k];
            double[] b64 = new double[k * n];
            for (MatMul product : List.of(new VectorFmaMatMul(), packed)) {
                product.multiply(a, b, new float[m * n], m, k, n);
                product.multiply(a64, b64, new double[m * n], m, k, n);
            }
            float[] packed16 = new float[packed.packedLength(Precision.F32, k, n)];
            packed.pack(new short[k * n], k, n, packed16, 0, k);
            packed.multiplyRows(new short[m * k], packed16, new float[m * n], k, n, 0, m);
        }
    }

    /** "FloatVector.BIN_IMPL[3]" for every filled slot of every operation cache. */
    private static TreeSet<String> operationsMet() throws ReflectiveOperationException {
        TreeSet<String> met = new TreeSet<>();
        int caches = 0;
        for (Class<?> vectors : VECTOR_CLASSES) {
            for (Field field : vectors.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || !field.getType().getSimpleName().equals("ImplCache")) {
                    continue;
                }
                field.setAccessible(true);
                Object implCache = field.get(null);
                Field slots = implCache.getClass().getDeclaredField("cache");
                slots.setAccessible(true);
                Object[] cache = (Object[]) slots.get(implCache);
                caches++;
                for (int i = 0; i < cache.length; i++) {
                    if (cache[i] != null) {
                        met.add(vectors.getSimpleName() + "." + field.getName() + "[" + i + "]");
                    }
                }
            }
        }
        if (caches == 0) {
            throw new NoSuchFieldException("ImplCache");
        }
        return met;
    }
}
