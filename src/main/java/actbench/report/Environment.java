package actbench.report;

import actbench.kernel.Kernels;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** What makes a run reproducible beyond its options: the software and hardware it ran on. */
public record Environment(String actbench, String git, String jdk, String vm, List<String> vmFlags,
                          String os, String cpu, int cores, String vector) {

    public static Environment detect() {
        Runtime.Version version = Runtime.version();
        return new Environment(actbenchVersion(), gitRevision(),
                version + " (" + System.getProperty("java.vendor", "?") + ")",
                System.getProperty("java.vm.name", "?"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                cpuModel(), Runtime.getRuntime().availableProcessors(),
                Kernels.capabilities().describe());
    }

    /**
     * {@link #detect} on another thread: asking git and the JVM's management beans takes 60-70 ms
     * of a cold start, which a run can spend computing instead.
     */
    public static CompletableFuture<Environment> detectInBackground() {
        return CompletableFuture.supplyAsync(Environment::detect);
    }

    /** Key-value view for JSON and the Markdown header, in a stable order. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("actbench", actbench);
        map.put("git", git);
        map.put("jdk", jdk);
        map.put("vm", vm);
        map.put("vm_flags", vmFlags);
        map.put("os", os);
        map.put("cpu", cpu);
        map.put("cores", cores);
        map.put("vector", vector);
        return map;
    }

    public static String actbenchVersion() {
        try (InputStream in = Environment.class.getResourceAsStream("/actbench.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch", "unknown");
    }

    /** The commit of the source tree actbench runs from, if it is a git checkout. */
    private static String gitRevision() {
        String home = System.getProperty("actbench.home", ".");
        try {
            Process git = new ProcessBuilder("git", "-C", home, "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            if (!git.waitFor(2, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return "unknown";
            }
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.exitValue() == 0 && !out.isEmpty() ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
