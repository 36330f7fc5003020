package actbench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The exchange with the baseline's python process, with shell scripts standing in for numpy. */
class NumpyBaselineTest {

    private static byte[] request() {
        return "{\"shapes\": []}".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aProcessThatFillsStderrCannotBlockTheAnswer() throws Exception {
        // 1 MB on stderr before the answer: far more than a pipe holds
        ProcessBuilder chatty = new ProcessBuilder("sh", "-c",
                "cat > /dev/null; head -c 1000000 /dev/zero | tr '\\\\0' x >&2; echo '{\"numpy\": \"2\"}'");
        NumpyBaseline.Result result = NumpyBaseline.exchange(chatty, request(), 1, 20_000);
        assertThat(result.unavailable()).isNull();
        assertThat(result.document()).containsEntry("numpy", "2");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHungProcessTimesOutAndAFailingOneSaysItsLastErrorLine() throws Exception {
        NumpyBaseline.Result hung = NumpyBaseline.exchange(new ProcessBuilder("sleep", "60"), request(), 1, 500);
        assertThat(hung.document()).isNull();
        assertThat(hung.unavailable()).contains("timed out");
        NumpyBaseline.Result failed = NumpyBaseline.exchange(new ProcessBuilder("sh", "-c",
                "echo 'Traceback' >&2; echo 'ModuleNotFoundError: numpy' >&2; exit 1"), request(), 2, 20_000);
        assertThat(failed.unavailable()).isEqualTo("numpy baseline failed: ModuleNotFoundError: numpy");
        assertThat(failed.threads()).isEqualTo(2);
    }
}
