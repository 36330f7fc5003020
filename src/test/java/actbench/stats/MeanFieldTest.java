package actbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.model.Activation;
import org.junit.jupiter.api.Test;

class MeanFieldTest {

    @Test
    void quadratureIntegratesGaussianMomentsExactly() {
        // tanh(z)^2 = z^2 - 2/3 z^4 + ..., and E[z^2] = q, E[z^4] = 3 q^2 for z ~ N(0, q)
        double q = 1e-6;
        assertThat(MeanField.expectation(Activation.TANH, q, 2)).isCloseTo(q - 2 * q * q, within(1e-17));
        // tanh is odd: its mean is 0
        assertThat(MeanField.expectation(Activation.TANH, 3.0, 1)).isCloseTo(0, within(1e-14));
        // saturated: E[tanh^2] = 1 - E[sech^2] ~ 1 - 2 / sqrt(2 pi q) for large q
        for (double wide : new double[] {500, 1e6}) {
            assertThat(MeanField.expectation(Activation.TANH, wide, 2))
                    .isCloseTo(1 - 2 / Math.sqrt(2 * Math.PI * wide), within(1e-3 / Math.sqrt(wide)));
        }
        // both methods agree where they meet
        assertThat(MeanField.expectation(Activation.TANH, 1.0, 2))
                .isCloseTo(MeanField.expectation(Activation.TANH, Math.nextUp(1.0), 2), within(1e-9));
    }

    @Test
    void reluWithHeIsTheLecturesFixedPoint() {
        double[] sigmas = new double[10];
        java.util.Arrays.fill(sigmas, Math.sqrt(2.0 / 500));
        MeanField.Moments[] layers = MeanField.predict(Activation.RELU, sigmas, 500);
        for (MeanField.Moments m : layers) {
            assertThat(m.mean()).isCloseTo(Math.sqrt(1 / Math.PI), within(1e-12)); // 0.5642
            assertThat(m.std()).isCloseTo(Math.sqrt(1 - 1 / Math.PI), within(1e-12)); // 0.8256
        }
    }

    @Test
    void tanhWithStd001ShrinksBySqrt500Times001() {
        double[] sigmas = new double[5];
        java.util.Arrays.fill(sigmas, 0.01);
        MeanField.Moments[] layers = MeanField.predict(Activation.TANH, sigmas, 500);
        assertThat(layers[0].std()).isCloseTo(0.21, within(0.01));
        assertThat(layers[4].std() / layers[3].std()).isCloseTo(Math.sqrt(500) * 0.01, within(1e-3));
    }

    @Test
    void closedFormsAndSymmetriesOfTheOtherActivations() {
        for (double q : new double[] {1e-6, 0.3, 1, 7, 300}) {
            // leaky_relu with slope 0 is relu; a slope of 1 is linear
            for (int power = 1; power <= 2; power++) {
                assertThat(MeanField.expectation(Activation.leakyRelu(0), q, power))
                        .isCloseTo(MeanField.expectation(Activation.RELU, q, power), within(1e-15 * q));
            }
            assertThat(MeanField.expectation(Activation.leakyRelu(1), q, 2)).isCloseTo(q, within(1e-12 * q));
            assertThat(MeanField.expectation(Activation.LINEAR, q, 2)).isEqualTo(q);
            // sigmoid - 1/2 is odd: mean exactly 1/2
            assertThat(MeanField.expectation(Activation.SIGMOID, q, 1)).isCloseTo(0.5, within(1e-9));
            // the tanh form of gelu is within 1e-3 of the erf form, whose mean is q / sqrt(2 pi (1 + q))
            assertThat(MeanField.expectation(Activation.GELU, q, 1))
                    .isCloseTo(q / Math.sqrt(2 * Math.PI * (1 + q)), within(1e-3 * Math.max(1, Math.sqrt(q))));
        }
        // selu's constants make N(0, 1) its fixed point: E[selu(z)] = 0, E[selu(z)^2] = 1
        assertThat(MeanField.expectation(Activation.SELU, 1, 1)).isCloseTo(0, within(1e-8));
        assertThat(MeanField.expectation(Activation.SELU, 1, 2)).isCloseTo(1, within(1e-8));
        // sigmoid(z) ~ 1/2 + z/4 for small z: variance q / 16
        double q = 1e-6;
        assertThat(MeanField.expectation(Activation.SIGMOID, q, 2) - 0.25).isCloseTo(q / 16, within(1e-3 * q / 16));
    }
}
