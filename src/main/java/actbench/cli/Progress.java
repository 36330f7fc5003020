package actbench.cli;

import java.io.Console;
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
    }

    void show(int done, int total, String what) {
        if (!enabled) {
            return;
        }
        String line = "[" + (done + 1) + "/" + total + "] " + what;
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    void clear() {
        if (enabled && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    /** JDK 22+ returns a Console even when redirected; ask it whether it is a terminal. */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a console exists only on a terminal
        }
    }
}
