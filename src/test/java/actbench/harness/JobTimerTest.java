package actbench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job timer's jobs, commands and summaries. */
class JobTimerTest {

    @TempDir
    Path work;

    @Test
    void theLectureJobAndTheLargeOne() {
        assertThat(JobTimer.jobs(List.of("f64", "f32"), false)).extracting(JobTimer.Job::label).containsExactly(
                "lecture f64 (depth 10, width 500, batch 1000)", "lecture f32 (depth 10, width 500, batch 1000)");
        assertThat(JobTimer.jobs(List.of("f32"), true)).extracting(JobTimer.Job::depth, JobTimer.Job::batch)
                .containsExactly(tuple(10, 1000), tuple(50, 4000));
    }

    @Test
    void mediansAndBest() {
        List<JobTimer.Run> runs = List.of(new JobTimer.Run(3, 10), new JobTimer.Run(1, 30), new JobTimer.Run(2, 20),
                new JobTimer.Run(9, 40));
        assertThat(JobTimer.median(runs, JobTimer.Run::seconds)).isEqualTo(2.5);
        assertThat(JobTimer.median(runs.subList(0, 3), JobTimer.Run::maxRssKb)).isEqualTo(20);
        assertThat(JobTimer.best(runs)).isEqualTo(1);
        assertThat(JobTimer.median(List.of(), JobTimer.Run::seconds)).isNaN();
    }

    @Test
    void actbenchRunsTheSameJobTablesOnly() throws IOException {
        JobTimer timer = JobTimer.create(work);
        JobTimer.Job job = new JobTimer.Job("lecture", 10, 500, 1000, "f32");
        assertThat(String.join(" ", timer.actbenchCommand(job))).endsWith(
                "stats --precision f32 --depth 10 --width 500 --batch 1000 --rng numpy --seed 0 --measure 0 "
                        + "--no-report --no-progress");
        assertThat(timer.numpyCommand(job)).containsSubsequence("--precision", "f32", "--depth", "10",
                "--batch", "1000", "--seed", "0");
    }

    @Test
    void aFailingRunIsReportedWithItsLastErrorLine() throws IOException {
        Path home = work.resolve("home");
        Files.createDirectories(home);
        Path runSh = home.resolve("run.sh");
        Files.writeString(runSh, "#!/bin/sh\necho 'first line' >&2\necho 'boom: the last line' >&2\nexit 3\n");
        runSh.toFile().setExecutable(true);
        String before = System.getProperty("actbench.home");
        System.setProperty("actbench.home", home.toString());
        try {
            JobTimer timer = JobTimer.create(work);
            List<JobTimer.Job> tiny = List.of(new JobTimer.Job("tiny", 1, 4, 3, "f32"));
            assertThatThrownBy(() -> timer.time(tiny, 1, (done, next) -> { }))
                    .isInstanceOf(IOException.class).hasMessageEndingWith("failed: boom: the last line");
        } finally {
            if (before == null) {
                System.clearProperty("actbench.home");
            } else {
                System.setProperty("actbench.home", before);
            }
        }
    }
}
