package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.harness.JobTimer;
import actbench.harness.JobTimer.Run;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job timer's table and JSON: the ratio of medians and how many pairs actbench won. */
class JobTablesTest {

    private static final JobTimer.Job LECTURE = new JobTimer.Job("lecture", 10, 500, 1000, "f32");

    private static List<Run> seconds(double... values) {
        return java.util.Arrays.stream(values).mapToObj(s -> new Run(s, 1024)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstJob(String json) throws IOException {
        return ((List<Map<String, Object>>) JSON.std.mapFrom(json).get("jobs")).get(0);
    }

    @Test
    void theRatioOfMediansAndThePairsActbenchWon() throws IOException {
        // medians 2.0 and 1.5; actbench faster in pairs 1 and 3 only (pair 2 is a tie: not faster)
        JobTimer.Timing timing = new JobTimer.Timing(LECTURE, seconds(2.0, 1.0, 2.5), seconds(1.5, 1.0, 1.2));
        assertThat(timing.speedup()).isEqualTo(2.0 / 1.2);
        assertThat(timing.actbenchFaster()).isEqualTo(2);

        assertThat(timing.numpyFaster()).isZero();
        assertThat(timing.signTestP()).isEqualTo(0.5); // 2 of 2 decisive pairs: 2 * 1/4

        String text = JobTables.text(List.of(timing), null);
        assertThat(text).contains("actbench faster").contains("1.67x").contains("2 of 3").contains("0.500")
                .contains("sign test p");
        Map<String, Object> job = firstJob(JobTables.json(List.of(timing), "stamp", null, Map.of()));
        assertThat(job).containsEntry("pairs_actbench_faster", 2).containsEntry("pairs_numpy_faster", 0)
                .containsEntry("sign_test_p", 0.5);
        assertThat((Double) job.get("speedup_of_medians")).isEqualTo(2.0 / 1.2);
    }

    @Test
    void aSweepOfNinePairsIsALeadAndAnEvenSplitATie() {
        JobTimer.Timing lead = new JobTimer.Timing(LECTURE, seconds(2, 2, 2, 2, 2, 2, 2, 2, 2),
                seconds(1, 1, 1, 1, 1, 1, 1, 1, 3));
        assertThat(lead.actbenchFaster()).isEqualTo(8);
        assertThat(lead.numpyFaster()).isEqualTo(1);
        assertThat(lead.signTestP()).isLessThan(0.05);
        JobTimer.Timing tie = new JobTimer.Timing(LECTURE, seconds(2, 2, 2, 2), seconds(1, 3, 1, 3));
        assertThat(tie.signTestP()).isEqualTo(1);
        assertThat(JobTables.text(List.of(lead, tie), null)).contains("0.039").contains("1.000");
    }

    @Test
    void withoutNumpyThereIsNoRatioNorPairs() throws IOException {
        JobTimer.Timing timing = new JobTimer.Timing(LECTURE, List.of(), seconds(1.0, 2.0));
        assertThat(timing.actbenchFaster()).isZero();
        String text = JobTables.text(List.of(timing), "numpy is not installed");
        assertThat(text).contains("numpy runs skipped: numpy is not installed");
        assertThat(text.lines().filter(l -> l.startsWith("  lecture")).findFirst().orElseThrow())
                .doesNotContain("of").contains("1.50 s");
        Map<String, Object> job = firstJob(JobTables.json(List.of(timing), "stamp", "missing", Map.of()));
        assertThat(job).containsEntry("pairs_actbench_faster", null).containsEntry("speedup_of_medians", null)
                .containsEntry("sign_test_p", null);
    }
}
