package actbench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    /** A baseline's answer with the 1000x500x500 product (and a small one) at these GFLOPS. */
    private static NumpyBaseline.Result answer(int threads, double f32, double f64) {
        List<Object> matmul = List.of(
                Map.of("precision", "f32", "m", 128, "k", 128, "n", 128, "gflops", 1.0),
                Map.of("precision", "f32", "m", 1000, "k", 500, "n", 500, "gflops", f32),
                Map.of("precision", "f64", "m", 1000, "k", 500, "n", 500, "gflops", f64));
        return new NumpyBaseline.Result(threads, Map.of("numpy", "2", "matmul", matmul), null);
    }

    @Test
    void theSpeedUpIsTheLeastOverThePrecisionsOfTheLargestProduct() {
        NumpyBaseline.Result one = answer(1, 85, 42);
        // the busy-core case seen on 2026-12-01: 87.4 and 41.9 GFLOPS on two threads
        assertThat(NumpyBaseline.speedup(one, answer(2, 87.4, 41.9))).isCloseTo(41.9 / 42, within(1e-9));
        assertThat(NumpyBaseline.speedup(one, answer(2, 170, 83))).isCloseTo(83.0 / 42, within(1e-9));
        assertThat(NumpyBaseline.speedup(one, answer(2, 170, 50))).isLessThan(NumpyBaseline.MIN_SPEEDUP);
        assertThat(NumpyBaseline.speedup(new NumpyBaseline.Result(1, null, "python3 not found"), answer(2, 170, 83)))
                .isNaN();
    }

    @Test
    void ofTwoRunsTheFasterIsKeptAndSaysItWasMeasuredTwice() {
        NumpyBaseline.Result busy = answer(2, 87.4, 41.9);
        NumpyBaseline.Result free = answer(2, 170, 83);
        assertThat(NumpyBaseline.faster(busy, free, "why").document()).containsEntry("measured_twice", "why")
                .containsEntry("matmul", free.document().get("matmul"));
        assertThat(NumpyBaseline.faster(free, busy, "why").document().get("matmul"))
                .isEqualTo(free.document().get("matmul"));
        NumpyBaseline.Result failed = new NumpyBaseline.Result(2, null, "timed out");
        assertThat(NumpyBaseline.faster(busy, failed, "why").document()).containsEntry("measured_twice", "why");
    }
}
