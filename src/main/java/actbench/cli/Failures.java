package actbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;

/**
 * A failure said in the user's words, in one line: which file and what happened, not the
 * exception's class name. The stack trace is for developers: {@code ACTBENCH_DEBUG=1} shows it.
 */
final class Failures {

    private Failures() {
    }

    static boolean debug() {
        String debug = System.getenv("ACTBENCH_DEBUG");
        return debug != null && !debug.isBlank() && !debug.equals("0");
    }

    /** The options that set a command's memory, for the out-of-memory line. */
    private static final Map<String, String> SIZES = Map.of(
            "stats", "--batch, --width, --depth, --seeds", "sweep", "--batch, --width, --depths, --gains",
            "train", "--iterations");

    /** One line for {@code failure} in {@code command} (stats, sweep, ...). */
    static String describe(Throwable failure, String command) {
        if (failure instanceof OutOfMemoryError) {
            String sizes = SIZES.get(command);
            return "out of memory: give Java more heap (e.g. JAVA_OPTS=-Xmx8g ./run.sh ...)"
                    + (sizes == null ? "" : " or make " + sizes + " smaller");
        }
        return describe(failure);
    }

    /** One line for {@code failure}. */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // our own wrappers say which file in words ("cannot write .../stats.json: ..."); the
            // JDK's repeat their cause's class name, so look further down
            if (cause instanceof UncheckedIOException && !firstLine(cause.getMessage()).contains("Exception")) {
                return firstLine(cause.getMessage());
            }
            if (cause instanceof FileSystemException files) {
                return files(files);
            }
            if (cause instanceof IOException) {
                return firstLine(cause.getMessage());
            }
        }
        return "unexpected " + failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage())
                + (debug() ? "" : " (ACTBENCH_DEBUG=1 shows where)");
    }

    private static String files(FileSystemException e) {
        String file = e.getFile() == null ? "" : e.getFile() + ": ";
        if (e instanceof NoSuchFileException) {
            return file + "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return file + "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return file + "already exists (a file where a folder should be?)";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return file + "is a folder that is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return file + "is not a folder";
        }
        return file + (e.getReason() != null ? e.getReason() : firstLine(e.getMessage()));
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.lines().findFirst().orElse("").strip();
    }
}
