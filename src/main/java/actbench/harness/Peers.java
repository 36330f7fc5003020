package actbench.harness;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The libraries {@code bench} ranks our kernels against (its {@code PeerBench}): three Java
 * libraries a user could call instead, and native OpenBLAS through JNI. They are benchmark-only
 * dependencies, copied to {@code target/peers/} by the build and put on the class path by
 * {@code run.sh}; whatever is missing gets a row that says how to install it.
 */
public final class Peers {

    /** Java peers, in ladder order; the best of them is the "best Java peer". */
    public static final List<String> JAVA = List.of("ejml", "ojalgo", "netlib-java");
    /** Native OpenBLAS, called through netlib's JNI bridge. */
    public static final String NATIVE = "openblas-jni";
    /** The shared library the native peer opens, by its soname. */
    public static final String NATIVE_LIBRARY = "libopenblas.so.0";

    private static final Map<String, String> PROBE_CLASS = Map.of(
            "ejml", "org.ejml.dense.row.CommonOps_FDRM",
            "ojalgo", "org.ojalgo.matrix.store.R032Store",
            "netlib-java", "dev.ludovic.netlib.blas.JavaBLAS",
            NATIVE, "dev.ludovic.netlib.blas.NativeBLAS");

    private Peers() {
    }

    public static List<String> all() {
        List<String> all = new ArrayList<>(JAVA);
        all.add(NATIVE);
        return all;
    }

    public static boolean isPeer(String name) {
        return PROBE_CLASS.containsKey(name);
    }

    /**
     * The peers that cannot run here, each with what to do about it. Checked without loading
     * anything native into this process: the native library is looked up on the JVM's library
     * path, where the dynamic linker finds it too.
     */
    public static Map<String, String> unavailable() {
        Map<String, String> missing = new LinkedHashMap<>();
        for (String peer : all()) {
            if (!onClassPath(PROBE_CLASS.get(peer))) {
                missing.put(peer, "not on the class path: 'mvn package' copies the peers to target/peers/, "
                        + "and ./run.sh puts them on the class path");
            }
        }
        if (!missing.containsKey(NATIVE) && nativeLibrary(libraryPath()) == null) {
            missing.put(NATIVE, NATIVE_LIBRARY + " not found: install OpenBLAS, e.g. "
                    + "'apt-get install libopenblas0-pthread' (Debian, Ubuntu)");
        }
        return missing;
    }

    /** The directories the JVM and the dynamic linker search. */
    static List<String> libraryPath() {
        List<String> dirs = new ArrayList<>();
        for (String variable : List.of(System.getenv().getOrDefault("LD_LIBRARY_PATH", ""),
                System.getProperty("java.library.path", ""))) {
            for (String dir : variable.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    dirs.add(dir);
                }
            }
        }
        return dirs;
    }

    static Path nativeLibrary(List<String> dirs) {
        for (String dir : dirs) {
            Path candidate = Path.of(dir, NATIVE_LIBRARY);
            if (Files.isReadable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, Peers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
