package actbench.harness;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
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
     * anything native into this process: the native library is looked up where the dynamic linker
     * finds it by its soname (netlib opens it so): the JVM's library path and the linker's own
     * configuration. Debian's JDK lists the multiarch directories in its library path, Temurin's
     * does not, and the library was reported missing there.
     */
    public static Map<String, String> unavailable() {
        Map<String, String> missing = new LinkedHashMap<>();
        for (String peer : all()) {
            if (!onClassPath(PROBE_CLASS.get(peer))) {
                missing.put(peer, "not on the class path: 'mvn package' copies the peers to target/peers/, "
                        + "and ./run.sh puts them on the class path");
            }
        }
        if (!missing.containsKey(NATIVE) && nativeLibrary(libraryPath()) == null
                && nativeLibrary(linkerPath(Path.of("/etc/ld.so.conf"))) == null) {
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

    /**
     * The directories the dynamic linker searches besides LD_LIBRARY_PATH: those listed in
     * {@code conf} (ld.so.conf: one or more a line, {@code #} comments, {@code include} of file
     * patterns), then its defaults.
     */
    static List<String> linkerPath(Path conf) {
        List<String> dirs = new ArrayList<>();
        readLinkerConf(conf, dirs, 0);
        dirs.addAll(List.of("/lib64", "/usr/lib64", "/lib", "/usr/lib"));
        return dirs;
    }

    private static void readLinkerConf(Path conf, List<String> dirs, int depth) {
        List<String> lines;
        try {
            lines = Files.readAllLines(conf);
        } catch (IOException | RuntimeException e) {
            return; // no configuration (not Linux, unreadable): the defaults remain
        }
        for (String raw : lines) {
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.startsWith("include ") && depth < 8) {
                includeLinkerConfs(conf, line.substring("include ".length()).trim(), dirs, depth);
            } else if (!line.isEmpty()) {
                for (String dir : line.split("[\\s:,=]+")) {
                    if (dir.startsWith("/")) {
                        dirs.add(dir);
                    }
                }
            }
        }
    }

    /** The files an {@code include} pattern names (a glob in its file name, relative to the including file). */
    private static void includeLinkerConfs(Path conf, String pattern, List<String> dirs, int depth) {
        Path target = conf.resolveSibling(pattern);
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, target.getFileName().toString())) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                readLinkerConf(file, dirs, depth + 1);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder adds nothing
        }
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
