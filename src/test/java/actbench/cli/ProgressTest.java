package actbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void numbersTheItemUnderWayAndNeverPassesTheTotal() {
        assertThat(Progress.line(0, 17, "gain")).startsWith("[>").endsWith("] 1/17 gain");
        assertThat(Progress.line(16, 17, "gain")).endsWith("] 17/17 gain");
        assertThat(Progress.line(17, 17, "gain")).isEqualTo("[" + "=".repeat(24) + "] 17/17 gain");
    }
}
