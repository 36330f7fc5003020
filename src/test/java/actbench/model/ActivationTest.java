package actbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names, derivatives and gains of the activations. */
class ActivationTest {

    static Stream<Activation> all() {
        return Stream.concat(Activation.all().stream(), Stream.of(Activation.leakyRelu(0.3)));
    }

    @ParameterizedTest
    @MethodSource("all")
    void labelParsesBackToTheSameActivation(Activation activation) {
        assertThat(Activation.parse(activation.label())).isEqualTo(activation);
    }

    @ParameterizedTest
    @MethodSource("all")
    void derivativeIsTheSlopeOfTheDefinition(Activation activation) {
        for (double z = -6.05; z < 6; z += 0.1) { // never 0, where relu and selu have kinks
            double h = 1e-6;
            double slope = (activation.apply(z + h) - activation.apply(z - h)) / (2 * h);
            assertThat(activation.derivative(z)).as("%s at %s", activation, z).isCloseTo(slope, within(1e-7));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"leaky_relu:0.2", "leaky_relu:0", "leaky_relu:1"})
    void leakyReluTakesItsSlope(String text) {
        double alpha = Double.parseDouble(text.substring(text.indexOf(':') + 1));
        assertThat(Activation.parse(text).apply(-2)).isEqualTo(-2 * alpha);
        assertThat(Activation.parse(text).gain()).isCloseTo(Math.sqrt(2 / (1 + alpha * alpha)), within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soft", "tanh:2", "leaky_relu:", "leaky_relu:x", "leaky_relu:-0.1",
        "leaky_relu:1.5", "leaky_relu:NaN"})
    void rejectsWhatIsNotAnActivation(String text) {
        assertThatThrownBy(() -> Activation.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void gainsArePyTorchs() {
        assertThat(Activation.TANH.gain()).isEqualTo(5.0 / 3);
        assertThat(Activation.RELU.gain()).isEqualTo(Math.sqrt(2));
        assertThat(Activation.SELU.gain()).isEqualTo(0.75);
        assertThat(Activation.SIGMOID.gain()).isEqualTo(1);
        assertThat(Activation.parse("leaky_relu").gain()).isCloseTo(Math.sqrt(2 / 1.0001), within(1e-15));
    }
}
