package actbench.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;

/**
 * A one-line progress indicator on stderr, shown only on an interactive terminal: never in pipes,
 * in CI or when switched off, where it would only litter logs.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private int lastLength;

    Progress(PrintWriter err, boolean wanted) {
        this.err = err;
        this.enabled = wanted && System.getenv("CI") == null && isTerminal();
        if (enabled) {
            // Ctrl-C mid-run: wipe the line, so the shell's prompt does not start after a half-drawn bar
            Runtime.getRuntime().addShutdownHook(new Thread(this::clear, "progress-wipe"));
        }
    }

    synchronized void show(int done, int total, String what) {
        if (!enabled) {
            return;
        }
        String line = line(done, total, what);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /**
     * The bar for {@code done} finished items of {@code total}, numbering the one under way (the
     * last one once all are done: a run never reads "18/17").
     */
    static String line(int done, int total, String what) {
        int width = 24;
        int filled = total == 0 ? width : width * Math.min(done, total) / total;
        return "[" + "=".repeat(filled) + (filled < width ? ">" : "")
                + " ".repeat(Math.max(0, width - filled - 1)) + "] " + Math.min(done + 1, total) + "/" + total + " "
                + what;
    }

    synchronized void clear() {
        if (enabled && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    /**
     * Set by {@code run.sh}, which hands stderr to a filter (a pipe) and so knows better than the
     * JVM whether the user's stderr is a terminal.
     */
    static final String TERMINAL_PROPERTY = "actbench.stderr.terminal";

    /**
     * Whether stderr is a terminal: as {@value #TERMINAL_PROPERTY} says if set; on Linux /proc
     * tells exactly; elsewhere the console stands in (JDK 17-21 have one only when stdin and stdout
     * are terminals; JDK 22+ always have one and say through isTerminal()).
     */
    private static boolean isTerminal() {
        String told = System.getProperty(TERMINAL_PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux: fall through
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
