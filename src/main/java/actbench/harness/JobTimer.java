package actbench.harness;

import actbench.stats.SignTest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The whole job as a user times it: the lecture's numpy script against the equivalent
 * {@code actbench stats} run, each a fresh (cold) process, in pairs that alternate which side goes
 * first, so that a noisy neighbour slows both alike and neither side always runs on the other's
 * caches. Wall time from start to exit, and the peak resident memory where {@code /usr/bin/time}
 * can tell it.
 */
public final class JobTimer {

    /** One job: the network's size and the compute precision. */
    public record Job(String name, int depth, int width, int batch, String precision) {

        public String label() {
            return name + " " + precision + " (depth " + depth + ", width " + width + ", batch " + batch + ")";
        }
    }

    /** One process's run: seconds from start to exit and peak RSS in KB (0 when unknown). */
    public record Run(double seconds, long maxRssKb) {
    }

    /** Every run of one job, per side; {@code numpy} is empty when numpy is missing. */
    public record Timing(Job job, List<Run> numpy, List<Run> actbench) {

        /** Median seconds of the numpy script's runs over actbench's: above 1, actbench is faster. */
        public double speedup() {
            return median(numpy, Run::seconds) / median(actbench, Run::seconds);
        }

        /**
         * In how many pairs (run i of each side, timed one after the other) actbench was faster:
         * where the medians are close, this says whether the ratio is a tie or a lead.
         */
        public int actbenchFaster() {
            return pairsWhere(+1);
        }

        /** In how many pairs numpy was faster. */
        public int numpyFaster() {
            return pairsWhere(-1);
        }

        /**
         * The sign test's two-sided p-value for those pairs (ties left out): below 0.05, a split
         * this uneven would be rare if neither side were faster, so it is a lead, not noise.
         */
        public double signTestP() {
            return SignTest.twoSidedP(actbenchFaster(), numpyFaster());
        }

        private int pairsWhere(int sign) {
            int count = 0;
            for (int i = 0; i < Math.min(numpy.size(), actbench.size()); i++) {
                count += Integer.signum(Double.compare(numpy.get(i).seconds(), actbench.get(i).seconds())) == sign ? 1 : 0;
            }
            return count;
        }
    }

    /** The lecture's job and one where the JVM's fixed costs weigh less. */
    public static List<Job> jobs(List<String> precisions, boolean large) {
        List<Job> jobs = new ArrayList<>();
        for (String precision : precisions) {
            jobs.add(new Job("lecture", 10, 500, 1000, precision));
        }
        if (large) {
            for (String precision : precisions) {
                jobs.add(new Job("large", 50, 500, 4000, precision));
            }
        }
        return jobs;
    }

    private final List<String> actbench;
    private final Path script;
    private final String numpyMissing;
    private final boolean measuresRss;

    private JobTimer(List<String> actbench, Path script, String numpyMissing) {
        this.actbench = actbench;
        this.script = script;
        this.numpyMissing = numpyMissing;
        this.measuresRss = new File("/usr/bin/time").canExecute();
    }

    /**
     * A timer that starts actbench as a user does: through {@code run.sh} when actbench runs from
     * its repository, else with this JVM's java and jar; the numpy script is written to {@code work}.
     */
    public static JobTimer create(Path work) throws IOException {
        Path script = work.resolve("lecture.py");
        try (InputStream in = JobTimer.class.getResourceAsStream("lecture.py")) {
            if (in == null) {
                throw new IOException("lecture.py missing from the jar");
            }
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new JobTimer(launcher(), script, checkNumpy());
    }

    /** Why the numpy side cannot run, or null if it can. */
    public String numpyMissing() {
        return numpyMissing;
    }

    /** The numpy script as shipped, for users who want to run it themselves. */
    public Path script() {
        return script;
    }

    /**
     * Runs every job {@code runs} times per side, in pairs of a numpy and an actbench run, numpy
     * first in even pairs and actbench first in odd ones; {@code progress} hears the number of
     * pairs done and what runs next.
     */
    public List<Timing> time(List<Job> jobs, int runs, BiConsumer<Integer, String> progress)
            throws IOException, InterruptedException {
        List<Timing> timings = new ArrayList<>();
        int done = 0;
        for (Job job : jobs) {
            List<Run> numpy = new ArrayList<>();
            List<Run> ours = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                boolean numpyFirst = r % 2 == 0;
                for (boolean numpySide : new boolean[] {numpyFirst, !numpyFirst}) {
                    if (!numpySide) {
                        progress.accept(done, "actbench " + job.label());
                        ours.add(run(actbenchCommand(job), false));
                    } else if (numpyMissing == null) {
                        progress.accept(done, "numpy " + job.label());
                        numpy.add(run(numpyCommand(job), true));
                    }
                }
                done++;
            }
            timings.add(new Timing(job, numpy, ours));
        }
        return timings;
    }

    List<String> numpyCommand(Job job) {
        return List.of("python3", script.toString(), "--precision", job.precision(), "--depth",
                Integer.toString(job.depth()), "--width", Integer.toString(job.width()), "--batch",
                Integer.toString(job.batch()), "--seed", "0");
    }

    List<String> actbenchCommand(Job job) {
        List<String> command = new ArrayList<>(actbench);
        command.addAll(List.of("stats", "--precision", job.precision(), "--depth", Integer.toString(job.depth()),
                "--width", Integer.toString(job.width()), "--batch", Integer.toString(job.batch()),
                "--rng", "numpy", "--seed", "0", "--measure", "0", "--no-report", "--no-progress"));
        return command;
    }

    private Run run(List<String> command, boolean numpy) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (measuresRss) {
            full.addAll(List.of("/usr/bin/time", "-f", "maxrss %M"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (numpy) {
            NumpyBaseline.withoutOpenBlasOverrides(builder);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        byte[] err = process.getErrorStream().readAllBytes();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String stderr = new String(err, java.nio.charset.StandardCharsets.UTF_8);
        if (exit != 0) {
            String last = stderr.lines().filter(l -> !l.isBlank() && !l.startsWith("maxrss ")
                    && !l.startsWith("Command exited with non-zero status")).reduce((a, b) -> b).orElse("exit " + exit);
            throw new IOException(String.join(" ", command) + " failed: " + last.strip());
        }
        long rss = stderr.lines().filter(l -> l.startsWith("maxrss ")).mapToLong(l -> Long.parseLong(l.substring(7)))
                .findFirst().orElse(0);
        return new Run(seconds, rss);
    }

    private static List<String> launcher() {
        String home = System.getProperty("actbench.home");
        if (home != null && Files.isExecutable(Path.of(home, "run.sh"))) {
            return List.of(Path.of(home, "run.sh").toString());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = Path.of(JobTimer.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        return List.of(java, "--add-modules", "jdk.incubator.vector", "-jar", jar);
    }

    private static String checkNumpy() {
        try {
            Process check = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return check.waitFor() == 0 ? null
                    : "numpy is not installed for python3 (pip install numpy, or apt-get install python3-numpy)";
        } catch (IOException e) {
            return "python3 not found (apt-get install python3 python3-numpy)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The median of {@code runs} by {@code value}; NaN for none. */
    public static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** The fastest of {@code runs}, in seconds. */
    public static double best(List<Run> runs) {
        return runs.stream().mapToDouble(Run::seconds).min().orElse(Double.NaN);
    }
}
