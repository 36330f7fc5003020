package actbench.cli;

import actbench.report.ReportFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Where a command's results go: the format on stdout and the report folder. A picocli mixin. */
final class OutputOptions {

    static final String REPORTS_PROPERTY = "actbench.reports";

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Standard output: table, markdown, json, and csv where the output is rows "
                    + "(stats, sweep); with csv and json, stdout holds only the data and everything else "
                    + "goes to stderr (default: ${DEFAULT-VALUE}).",
            completionCandidates = Formats.class)
    String format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where report folders go: DIR/<timestamp>/ and DIR/latest "
                    + "(default: the repository's reports/).")
    String out;

    @Option(names = "--no-report", description = "Write no report folder.")
    boolean noReport;

    @Option(names = "--no-progress", description = "No progress line (it only appears on a terminal).")
    boolean noProgress;

    /** For help: every format; a command may accept fewer. */
    static final class Formats extends java.util.ArrayList<String> {
        Formats() {
            super(List.of("table", "markdown", "csv", "json"));
        }
    }

    /** The chosen format, lower case, checked against what the command offers. */
    String format(Checks checks, List<String> offered) {
        String chosen = format.trim().toLowerCase(Locale.ROOT);
        if (!offered.contains(chosen)) {
            throw checks.invalid("--format", format, String.join(", ", offered));
        }
        return chosen;
    }

    /** Data formats keep stdout clean: everything else goes to stderr. */
    PrintWriter info(String chosenFormat, PrintWriter out, PrintWriter err) {
        return isData(chosenFormat) ? err : out;
    }

    /** CSV and JSON: every number the run has, for programs; the other formats are for people. */
    static boolean isData(String chosenFormat) {
        return chosenFormat.equals("csv") || chosenFormat.equals("json");
    }

    /** Opens the report folder, or null with {@code --no-report}; an unwritable root is a usage error. */
    ReportFolder begin(Checks checks) {
        if (noReport) {
            return null;
        }
        if (out != null && out.isBlank()) {
            // an empty path would resolve to the current directory: a typo, not a wish
            throw checks.invalid("--out", out, "a directory path (use . for the current directory)");
        }
        String root = out != null ? out : System.getProperty(REPORTS_PROPERTY, "reports");
        try {
            return ReportFolder.begin(Path.of(root));
        } catch (IOException | RuntimeException e) {
            throw checks.invalid("--out", root, "a directory that can be created and written ("
                    + Failures.describe(e) + ")");
        }
    }

    /**
     * Renders the files, writes them into the folder, publishes it and says where; without a
     * folder ({@code --no-report}) nothing is rendered.
     */
    void publish(ReportFolder folder, java.util.function.Supplier<java.util.Map<String, byte[]>> files,
                 PrintWriter info) throws IOException {
        if (folder == null) {
            return;
        }
        files.get().forEach(folder::write);
        info.println("report: " + folder.publish());
        if (folder.latestWarning() != null) {
            info.println("actbench: warning: " + folder.latestWarning());
        }
    }

    Progress progress(PrintWriter err) {
        return new Progress(err, !noProgress);
    }
}
