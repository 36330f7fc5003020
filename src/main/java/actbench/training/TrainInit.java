package actbench.training;

import actbench.random.NumpyRandom;
import java.util.Locale;

/**
 * The notebook's initializations, drawn after {@code np.random.seed(3)} in layer order (W then b;
 * biases start at zero): {@code zeros}, {@code random} (N(0, 1) x 10), {@code he} (N(0, 1) x
 * sqrt(2 / n_{l-1})), and {@code constant:c} for the symmetry demonstration.
 */
public record TrainInit(String name, Kind kind, double constant) {

    public enum Kind { ZEROS, RANDOM, HE, CONSTANT }

    public static final long SEED = 3;
    public static final String ALLOWED = "zeros, random, he, constant:<number>";

    public static TrainInit parse(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "zeros":
                return new TrainInit(name, Kind.ZEROS, 0);
            case "random":
                return new TrainInit(name, Kind.RANDOM, 0);
            case "he":
                return new TrainInit(name, Kind.HE, 0);
            default:
                if (name.startsWith("constant:")) {
                    double c = Double.parseDouble(name.substring("constant:".length()));
                    if (Double.isFinite(c)) {
                        return new TrainInit(name, Kind.CONSTANT, c);
                    }
                }
                throw new IllegalArgumentException("'" + text + "' is not an initialization");
        }
    }

    /** Weights per layer, row-major (n_l x n_{l-1}); index 0 unused. */
    double[][] weights(int[] dims) {
        NumpyRandom random = new NumpyRandom(SEED);
        double[][] w = new double[dims.length][];
        for (int l = 1; l < dims.length; l++) {
            w[l] = new double[dims[l] * dims[l - 1]];
            for (int k = 0; k < w[l].length; k++) {
                w[l][k] = switch (kind) {
                    case ZEROS -> 0;
                    case CONSTANT -> constant;
                    case RANDOM -> random.nextGaussian() * 10;
                    case HE -> random.nextGaussian() * Math.sqrt(2. / dims[l - 1]);
                };
            }
        }
        return w;
    }
}
