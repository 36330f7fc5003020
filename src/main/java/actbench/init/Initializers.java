package actbench.init;

import actbench.matrix.Matrices;
import actbench.random.MatrixDraws;
import actbench.random.MatrixDraws.Draw;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue of initializers and the parser for {@code --init NAME[:PARAM]}. Fans are those of
 * a weight matrix of {@code fan_in} rows and {@code fan_out} columns; "fan_avg" is their mean.
 */
public final class Initializers {

    /** The lecture's four scales, the default of {@code --init}. */
    public static final List<String> LECTURE = List.of("0.01", "1.0", "xavier", "he");

    /** What {@code --init} accepts, for help and error messages. */
    public static final String ALLOWED = "a positive number (the std), zeros, constant:C, normal[:STD], "
            + "uniform[:A], truncated_normal[:STD], xavier, lecun_normal, lecun_uniform, glorot_normal, "
            + "glorot_uniform, he, he_normal, he_uniform, orthogonal[:GAIN], lsuv, pytorch_default";

    /** Keras's default std of normal, uniform and truncated_normal. */
    static final double KERAS_DEFAULT = 0.05;

    /**
     * The std of a standard normal cut at +-2: sqrt(1 - 4 phi(2) / (2 Phi(2) - 1)). Keras divides
     * by it so that glorot_normal's truncated draws have the std its formula states.
     */
    public static final double TRUNCATED_STD = 0.87962566103423978;

    private Initializers() {
    }

    /**
     * Glorot and Bengio (2010), the lecture's "Xavier" (LeCun's normal): std 1 / sqrt(fan_in),
     * computed as the lecture's script does, {@code randn(...) / np.sqrt(fan_in)} up to the
     * multiplication: sqrt(1 / n) differs from 1 / sqrt(n) in the last bit for many n.
     */
    private static final FanScale XAVIER = (in, out) -> 1.0 / Math.sqrt(in);
    /** He et al. (2015), for ReLU: std sqrt(2 / fan_in). */
    private static final FanScale HE = (in, out) -> Math.sqrt(2.0 / in);

    /**
     * Parses one {@code --init} value.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Initializer parse(String text) {
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        String name = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(Locale.ROOT);
        Double param = colon < 0 ? null : number(trimmed.substring(colon + 1), text);
        // the label as the user would write it lower case: HE and he are one initializer
        String label = colon < 0 ? name : name + trimmed.substring(colon);
        Initializer init = switch (name) {
            case "zeros" -> constant(label, 0);
            case "constant" -> constant(label, require(param, text, "constant:C needs its value C"));
            case "normal" -> gaussian(label, positive(param, KERAS_DEFAULT, text));
            case "uniform" -> uniform(label, positive(param, KERAS_DEFAULT, text));
            case "truncated_normal" -> truncated(label, positive(param, KERAS_DEFAULT, text));
            case "xavier", "lecun_normal" -> gaussian(label, XAVIER);
            case "he", "he_normal" -> gaussian(label, HE);
            case "glorot_normal" -> truncated(label, (in, out) -> Math.sqrt(2.0 / (in + out)) / TRUNCATED_STD);
            case "glorot_uniform" -> uniform(label, (in, out) -> Math.sqrt(6.0 / (in + out)));
            case "he_uniform" -> uniform(label, (in, out) -> Math.sqrt(6.0 / in));
            case "lecun_uniform" -> uniform(label, (in, out) -> Math.sqrt(3.0 / in));
            // nn.Linear: kaiming_uniform_(a = sqrt 5), gain sqrt(2 / (1 + 5)), limit gain * sqrt(3 / fan_in)
            case "pytorch_default" -> uniform(label, (in, out) -> Math.sqrt(1.0 / in));
            case "orthogonal" -> orthogonal(label, positive(param, 1, text), false);
            case "lsuv" -> orthogonal(label, 1, true);
            default -> {
                double std = number(trimmed, text);
                if (!(std > 0) || Double.isInfinite(std)) {
                    throw new IllegalArgumentException("'" + text + "' is not a positive, finite std");
                }
                yield gaussian(trimmed, std);
            }
        };
        boolean takesParameter = List.of("constant", "normal", "uniform", "truncated_normal", "orthogonal")
                .contains(name);
        if (param != null && !takesParameter) {
            throw new IllegalArgumentException("'" + text + "': " + name + " takes no parameter");
        }
        return init;
    }

    /**
     * {@code gain} in 4 significant digits without trailing zeros: 1.414, 2, 0.001, 1e+20 (the
     * zeros are stripped from the mantissa only: an exponent's are part of the value).
     */
    static String gainLabel(double gain) {
        String text = String.format(Locale.ROOT, "%.4g", gain);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + (exponent < 0 ? "" : text.substring(exponent));
    }

    /** {@code init} with every weight multiplied by {@code gain}, named {@code init*gain}. */
    public static Initializer withGain(Initializer init, double gain) {
        if (gain == 1) {
            return init;
        }
        String name = init.name() + "*" + gainLabel(gain);
        return new Named(name) {
            @Override
            public double std(int fanIn, int fanOut) {
                return gain * init.std(fanIn, fanOut);
            }

            @Override
            public void fill(MatrixDraws draws, int index, double[] w, int fanIn, int fanOut) {
                init.fill(draws, index, w, fanIn, fanOut);
                for (int i = 0; i < fanIn * fanOut; i++) {
                    w[i] *= gain;
                }
            }

            @Override
            public boolean calibrated() {
                return init.calibrated();
            }
        };
    }

    /** A scale that depends on the layer's shape. */
    @FunctionalInterface
    interface FanScale {
        double of(int fanIn, int fanOut);
    }

    /** W = randn * std, as the lecture's script. */
    private static Initializer gaussian(String name, FanScale std) {
        return drawn(name, MatrixDraws.NORMAL, 1, std);
    }

    private static Initializer gaussian(String name, double std) {
        return gaussian(name, (in, out) -> std);
    }

    /** Normals beyond 2 std are drawn again (Keras's and TensorFlow's truncated normal). */
    private static Initializer truncated(String name, FanScale std) {
        Draw cut = source -> {
            double x;
            do {
                x = source.gaussian();
            } while (Math.abs(x) > 2);
            return x;
        };
        return drawn(name, cut, TRUNCATED_STD, std);
    }

    private static Initializer truncated(String name, double std) {
        return truncated(name, (in, out) -> std);
    }

    /** U(-limit, limit), computed as numpy's {@code uniform(low, high)}: low + (high - low) * u. */
    private static Initializer uniform(String name, FanScale limit) {
        return new Named(name) {
            @Override
            public double std(int fanIn, int fanOut) {
                return limit.of(fanIn, fanOut) / Math.sqrt(3);
            }

            @Override
            public void fill(MatrixDraws draws, int index, double[] w, int fanIn, int fanOut) {
                double a = limit.of(fanIn, fanOut);
                draws.fill(index, w, fanIn * fanOut, source -> -a + (a - -a) * source.uniform());
            }
        };
    }

    private static Initializer uniform(String name, double limit) {
        return uniform(name, (in, out) -> limit);
    }

    /** Every weight equal to {@code value}: the symmetry problem. Draws nothing. */
    private static Initializer constant(String name, double value) {
        return new Named(name) {
            @Override
            public double std(int fanIn, int fanOut) {
                return value == 0 ? 0 : Double.NaN;
            }

            @Override
            public void fill(MatrixDraws draws, int index, double[] w, int fanIn, int fanOut) {
                java.util.Arrays.fill(w, 0, fanIn * fanOut, value);
            }
        };
    }

    private static Initializer orthogonal(String name, double gain, boolean calibrated) {
        return new Named(name) {
            /** Orthonormal columns of length max(fan_in, fan_out): variance 1 / max per entry. */
            @Override
            public double std(int fanIn, int fanOut) {
                return gain / Math.sqrt(Math.max(fanIn, fanOut));
            }

            @Override
            public void fill(MatrixDraws draws, int index, double[] w, int fanIn, int fanOut) {
                Orthogonal.fill(draws, index, w, fanIn, fanOut, gain);
            }

            @Override
            public boolean calibrated() {
                return calibrated;
            }
        };
    }

    /** Values drawn one by one and scaled by a fan-dependent factor. */
    private static Initializer drawn(String name, Draw draw, double drawStd, FanScale scale) {
        return new Named(name) {
            @Override
            public double std(int fanIn, int fanOut) {
                return drawStd * scale.of(fanIn, fanOut);
            }

            @Override
            public void fill(MatrixDraws draws, int index, double[] w, int fanIn, int fanOut) {
                int count = fanIn * fanOut;
                draws.fill(index, w, count, draw);
                Matrices.scale(w, count, scale.of(fanIn, fanOut));
            }
        };
    }

    /** What every initializer shares: its name, which is also how it prints. */
    private abstract static class Named implements Initializer {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public final String name() {
            return name;
        }

        @Override
        public final String toString() {
            return name;
        }
    }

    private static double number(String number, String text) {
        try {
            double value = Double.parseDouble(number);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("'" + text + "': the parameter must be finite");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an initializer");
        }
    }

    private static double require(Double param, String text, String message) {
        if (param == null) {
            throw new IllegalArgumentException("'" + text + "': " + message);
        }
        return param;
    }

    private static double positive(Double param, double fallback, String text) {
        if (param == null) {
            return fallback;
        }
        if (!(param > 0)) {
            throw new IllegalArgumentException("'" + text + "': the parameter must be positive");
        }
        return param;
    }
}
