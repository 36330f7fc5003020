package actbench.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry honours the switches CI runs it with. */
class KernelsTest {

    @Test
    void vectorsCanBeSwitchedOff() {
        boolean disabled = "false".equals(System.getProperty("actbench.vector"));
        assertThat(Kernels.capabilities().vectors()).isEqualTo(!disabled);
        assertThat(Kernels.names()).matches(names -> names.contains("vector-packed") == !disabled);
        assertThat(Kernels.select(Kernels.AUTO).matMul().name()).isEqualTo(disabled ? "reordered" : "vector-packed");
    }

    @Test
    void aForcedWidthIsUsedWhenTheHardwareHasItElseThePreferredOneWithAWarning() {
        String forced = System.getProperty("actbench.vector.bits");
        Kernels.Capabilities caps = Kernels.capabilities();
        if (caps.vectors()) {
            int preferred = caps.preferredBits();
            boolean takeable = forced != null && List.of("128", "256", "512").contains(forced.trim())
                    && Integer.parseInt(forced.trim()) <= preferred;
            assertThat(caps.bits()).isEqualTo(takeable ? Integer.parseInt(forced.trim()) : preferred);
            assertThat(Kernels.warnings()).hasSize(forced == null || takeable ? 0 : 1);
            assertThat(caps.floatLanes()).isEqualTo(caps.bits() / Float.SIZE);
            assertThat(caps.doubleLanes()).isEqualTo(caps.bits() / Double.SIZE);
        }
    }

    @Test
    void unknownNamesAreRejected() {
        assertThatThrownBy(() -> Kernels.select("fastest")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Kernels.select(" AUTO ").matMul().name()).isEqualTo(Kernels.best());
    }
}
