package actbench.training;

import actbench.random.NumpyRandom;

/**
 * Two concentric circles of 2-D points, exactly as scikit-learn's
 * {@code make_circles(n, noise, factor=0.8)} draws them after {@code np.random.seed(seed)}: outer
 * circle (label 0) then inner (label 1) at evenly spaced angles, shuffled by numpy's legacy
 * Fisher-Yates, then gaussian noise added in row-major (x0, y0, x1, y1, ...) order.
 *
 * @param x row-major 2 x m: the first coordinates, then the second (the notebook's {@code X.T})
 * @param y labels, 0 or 1
 */
public record Circles(double[] x, int[] y) {

    public static final double FACTOR = 0.8;

    public int size() {
        return y.length;
    }

    public static Circles make(int samples, double noise, long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        int outer = samples / 2;
        int inner = samples - outer;
        double[][] points = new double[samples][2];
        int[] labels = new int[samples];
        // np.linspace(0, 2 pi, n, endpoint=False): i * (2 pi / n)
        double outerStep = 2 * Math.PI / outer;
        for (int i = 0; i < outer; i++) {
            points[i][0] = Math.cos(i * outerStep);
            points[i][1] = Math.sin(i * outerStep);
        }
        double innerStep = 2 * Math.PI / inner;
        for (int i = 0; i < inner; i++) {
            points[outer + i][0] = Math.cos(i * innerStep) * FACTOR;
            points[outer + i][1] = Math.sin(i * innerStep) * FACTOR;
            labels[outer + i] = 1;
        }
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = i;
        }
        random.shuffle(order);
        double[] x = new double[2 * samples];
        int[] y = new int[samples];
        for (int i = 0; i < samples; i++) {
            double[] point = points[order[i]];
            // normal(scale=noise) is loc + scale * gauss with loc 0
            x[i] = point[0] + (0.0 + noise * random.nextGaussian());
            x[samples + i] = point[1] + (0.0 + noise * random.nextGaussian());
            y[i] = labels[order[i]];
        }
        return new Circles(x, y);
    }
}
