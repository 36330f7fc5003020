package actbench.stats;

import actbench.model.Activation;

/**
 * Mean-field prediction of each layer's mean and std, without sampling. With pre-activation
 * variance q (q_1 = fan_in * sigma^2 * E[x^2], q_{l+1} = fan_in * sigma^2 * E[act(z)^2]) a layer's
 * mean is E[act(z)] and its variance E[act(z)^2] - E[act(z)]^2 for z ~ N(0, q). tanh's
 * expectations use {@value #NODES}-point Gauss-Hermite quadrature, except E[tanh^2] for q > 1
 * (see {@link #sech2}); relu's, leaky_relu's and linear's have closed forms
 * (E[relu] = sqrt(q / 2 pi), E[relu^2] = q / 2), which quadrature would approach only slowly
 * because of the kink at 0; sigmoid, gelu and selu use a fine Simpson rule. Exact for infinitely
 * wide layers; at width 500 the measured values wander around it by a few percent.
 */
public final class MeanField {

    static final int NODES = 80;
    private static final double[] X = new double[NODES];
    private static final double[] W = new double[NODES];

    static {
        hermite(X, W);
    }

    /** Predicted mean and std of one layer. */
    public record Moments(double mean, double std) {
    }

    private MeanField() {
    }

    /**
     * Predictions for layers 1..depth of square layers of {@code width} units whose weights have
     * std {@code sigma} (std per layer from {@code sigmas[l-1]}), for a unit-gaussian input.
     */
    public static Moments[] predict(Activation activation, double[] sigmas, int width) {
        return predict(activation, sigmas, width, 1);
    }

    /** As above, for an input whose values have mean square {@code inputSecondMoment}. */
    public static Moments[] predict(Activation activation, double[] sigmas, int width, double inputSecondMoment) {
        Moments[] layers = new Moments[sigmas.length];
        double secondMoment = inputSecondMoment;
        for (int l = 0; l < sigmas.length; l++) {
            double q = width * sigmas[l] * sigmas[l] * secondMoment;
            double mean = expectation(activation, q, 1);
            double square = expectation(activation, q, 2);
            layers[l] = new Moments(mean, Math.sqrt(Math.max(0, square - mean * mean)));
            secondMoment = square;
        }
        return layers;
    }

    /** E[act(z)^power] for z ~ N(0, q), power 1 or 2. */
    static double expectation(Activation activation, double q, int power) {
        double a = activation.alpha();
        switch (activation.kind()) {
            case RELU, LEAKY_RELU -> { // relu is leaky_relu with slope 0
                return power == 1 ? (1 - a) * Math.sqrt(q / (2 * Math.PI)) : (1 + a * a) * q / 2;
            }
            case LINEAR -> {
                return power == 1 ? 0 : q;
            }
            case TANH -> {
                if (!Double.isFinite(q)) {
                    return power == 1 ? 0 : 1;
                }
                if (power == 2 && q > 1) {
                    return 1 - sech2(q);
                }
                double scale = Math.sqrt(2 * q);
                double sum = 0;
                for (int i = 0; i < NODES; i++) {
                    sum += W[i] * Math.pow(activation.apply(scale * X[i]), power);
                }
                return sum / Math.sqrt(Math.PI);
            }
            default -> {
                return simpson(activation, q, power);
            }
        }
    }

    /**
     * E[act(z)^power] by composite Simpson over z in [-12 sqrt(q), 12 sqrt(q)]: for sigmoid, gelu
     * and selu, whose shape changes on a scale of 1 (and selu has a kink at 0, a node of the grid),
     * the step is sqrt(q) / 100 but at most 0.01 within |z| < 20, where the shape lives; beyond it
     * they are smooth on the gaussian's own scale.
     */
    private static double simpson(Activation activation, double q, int power) {
        if (!Double.isFinite(q)) {
            return Double.POSITIVE_INFINITY;
        }
        double s = Math.sqrt(q);
        if (s == 0) {
            return Math.pow(activation.apply(0), power);
        }
        double reach = 12 * s;
        double inner = Math.min(reach, 20);
        double sum = simpson(activation, q, power, -inner, inner, Math.min(s, 1) / 100);
        if (reach > inner) {
            sum += simpson(activation, q, power, inner, reach, s / 100)
                    + simpson(activation, q, power, -reach, -inner, s / 100);
        }
        return sum;
    }

    private static double simpson(Activation activation, double q, int power, double from, double to,
                                  double step) {
        int intervals = 2 * (int) Math.ceil((to - from) / (2 * step));
        double h = (to - from) / intervals;
        double norm = 1 / Math.sqrt(2 * Math.PI * q);
        double sum = 0;
        for (int i = 0; i <= intervals; i++) {
            double z = from + i * h;
            double f = Math.pow(activation.apply(z), power) * norm * Math.exp(-z * z / (2 * q));
            sum += f * (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }

    /**
     * E[sech^2(z)] for z ~ N(0, q), q > 1, by composite Simpson over z: with a wide gaussian, tanh
     * is a step on the quadrature's scale and Gauss-Hermite misses it (at q = 500 it put tanh/1.0's
     * std at 0.9997 instead of 0.982), while sech^2 = 1 - tanh^2 is a bump of width 1 that a fine
     * uniform grid integrates well.
     */
    private static double sech2(double q) {
        double reach = Math.min(40, 12 * Math.sqrt(q));
        int intervals = 2 * (int) Math.ceil(reach / 0.005);
        double h = 2 * reach / intervals;
        double norm = 1 / Math.sqrt(2 * Math.PI * q);
        double sum = 0;
        for (int i = 0; i <= intervals; i++) {
            double z = -reach + i * h;
            double c = Math.cosh(z);
            double f = norm * Math.exp(-z * z / (2 * q)) / (c * c);
            sum += f * (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }

    /** Nodes and weights of Gauss-Hermite quadrature (weight e^{-x^2}), by Newton's method on H_n. */
    private static void hermite(double[] x, double[] w) {
        int n = x.length;
        double pim4 = Math.pow(Math.PI, -0.25);
        double z = 0;
        for (int i = 0; i < (n + 1) / 2; i++) {
            if (i == 0) {
                z = Math.sqrt(2.0 * n + 1) - 1.85575 * Math.pow(2.0 * n + 1, -0.16667);
            } else if (i == 1) {
                z -= 1.14 * Math.pow(n, 0.426) / z;
            } else if (i == 2) {
                z = 1.86 * z - 0.86 * x[0];
            } else if (i == 3) {
                z = 1.91 * z - 0.91 * x[1];
            } else {
                z = 2.0 * z - x[i - 2];
            }
            double pp = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double p1 = pim4;
                double p2 = 0;
                for (int j = 0; j < n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = z * Math.sqrt(2.0 / (j + 1)) * p2 - Math.sqrt((double) j / (j + 1)) * p3;
                }
                pp = Math.sqrt(2.0 * n) * p2;
                double previous = z;
                z = previous - p1 / pp;
                if (Math.abs(z - previous) <= 1e-14) {
                    break;
                }
            }
            x[i] = z;
            x[n - 1 - i] = -z;
            w[i] = 2.0 / (pp * pp);
            w[n - 1 - i] = w[i];
        }
    }
}
