package actbench.report;

import actbench.harness.JobTimer.Run;
import actbench.harness.JobTimer.Timing;
import actbench.harness.JobTimer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The job timer's results: a table of medians and ratios, its Markdown and JSON. */
public final class JobTables {

    private JobTables() {
    }

    private static Table table(List<Timing> timings) {
        Table table = new Table("job", "numpy median", "actbench median", "x numpy", "actbench faster",
                "sign test p", "numpy best", "actbench best", "numpy RSS", "actbench RSS", "runs");
        for (Timing t : timings) {
            boolean numpy = !t.numpy().isEmpty();
            table.row(t.job().label(), numpy ? seconds(JobTimer.median(t.numpy(), Run::seconds)) : "-",
                    seconds(JobTimer.median(t.actbench(), Run::seconds)),
                    numpy ? String.format(Locale.ROOT, "%.2fx", t.speedup()) : "-",
                    numpy ? t.actbenchFaster() + " of " + t.numpy().size() : "-",
                    numpy ? String.format(Locale.ROOT, "%.3f", t.signTestP()) : "-",
                    numpy ? seconds(JobTimer.best(t.numpy())) : "-", seconds(JobTimer.best(t.actbench())),
                    numpy ? megabytes(t.numpy()) : "-", megabytes(t.actbench()),
                    Integer.toString(t.actbench().size()));
        }
        return table;
    }

    /** For the terminal (after the stamp): the table, what was compared, and a note when numpy is missing. */
    public static String text(List<Timing> timings, String numpyMissing) {
        return "\n" + table(timings).text() + "\n" + legend(numpyMissing);
    }

    public static String markdown(List<Timing> timings, String stamp, String numpyMissing) {
        return "# Whole job: actbench against the lecture's numpy script\n\n" + stamp + "\n\n"
                + table(timings).markdown() + "\n" + legend(numpyMissing);
    }

    private static String legend(String numpyMissing) {
        String legend = "x numpy: numpy's median over actbench's (above 1: actbench is faster). Each run is a "
                + "fresh process, in pairs of a numpy and an actbench run (which goes first alternates).\n"
                + "actbench faster: in how many pairs it was; sign test p: how likely a split at least that uneven "
                + "would be if neither side were faster\n(two-sided, ties left out): below 0.05 the pairs show a "
                + "lead, above it a tie within the machine's noise. RSS is the median peak resident memory.\n";
        return numpyMissing == null ? legend : legend + "numpy runs skipped: " + numpyMissing + "\n";
    }

    public static String json(List<Timing> timings, String stamp, String numpyMissing, Map<String, Object> env) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("stamp", stamp);
        doc.put("environment", env);
        doc.put("numpy_missing", numpyMissing);
        List<Object> jobs = new ArrayList<>();
        for (Timing t : timings) {
            Map<String, Object> job = new LinkedHashMap<>();
            job.put("name", t.job().name());
            job.put("precision", t.job().precision());
            job.put("depth", t.job().depth());
            job.put("width", t.job().width());
            job.put("batch", t.job().batch());
            job.put("numpy_seconds", t.numpy().stream().map(Run::seconds).toList());
            job.put("actbench_seconds", t.actbench().stream().map(Run::seconds).toList());
            job.put("numpy_max_rss_kb", t.numpy().stream().map(Run::maxRssKb).toList());
            job.put("actbench_max_rss_kb", t.actbench().stream().map(Run::maxRssKb).toList());
            job.put("speedup_of_medians", t.numpy().isEmpty() ? null : t.speedup());
            job.put("pairs_actbench_faster", t.numpy().isEmpty() ? null : t.actbenchFaster());
            job.put("pairs_numpy_faster", t.numpy().isEmpty() ? null : t.numpyFaster());
            job.put("sign_test_p", t.numpy().isEmpty() ? null : t.signTestP());
            jobs.add(job);
        }
        doc.put("jobs", jobs);
        return Json.pretty(doc);
    }

    /** The report folder's files. */
    public static Map<String, byte[]> files(List<Timing> timings, String stamp, String numpyMissing,
                                           Map<String, Object> env) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("job.md", markdown(timings, stamp, numpyMissing).getBytes(StandardCharsets.UTF_8));
        files.put("job.json", json(timings, stamp, numpyMissing, env).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static String megabytes(List<Run> runs) {
        double kb = JobTimer.median(runs, Run::maxRssKb);
        return kb > 0 ? String.format(Locale.ROOT, "%.0f MB", kb / 1024) : "-";
    }
}
