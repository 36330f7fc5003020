package actbench.stats;

import java.util.List;

/**
 * How much a layer's statistics move between seeds: the mean over N seeds of the layer's std and
 * mean, with 95% confidence half-widths from Student's t (N - 1 degrees of freedom).
 */
public record SeedSpread(int seeds, double std, double stdCi95, double mean, double meanCi95) {

    /** t quantiles at 0.975 for 1..30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
        2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080,
        2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    /** Over the same layer of several seeds (none overflowed); one seed gives a zero half-width. */
    public static SeedSpread of(List<LayerStatistics> layer) {
        int n = layer.size();
        double[] stds = new double[n];
        double[] means = new double[n];
        for (int i = 0; i < n; i++) {
            stds[i] = layer.get(i).std();
            means[i] = layer.get(i).mean();
        }
        Moments s = Moments.of(stds, 0, n);
        Moments m = Moments.of(means, 0, n);
        return new SeedSpread(n, s.mean(), halfWidth(s), m.mean(), halfWidth(m));
    }

    private static double halfWidth(Moments m) {
        long n = m.count();
        if (n < 2) {
            return 0;
        }
        double sampleSd = Math.sqrt(m.m2() / (n - 1));
        return t975(n - 1) * sampleSd / Math.sqrt(n);
    }

    /** Student's t at 0.975; beyond 30 degrees of freedom the Cornish-Fisher expansion around 1.96. */
    static double t975(long df) {
        if (df <= T975.length) {
            return T975[(int) df - 1];
        }
        double z = 1.959964;
        return z + (z * z * z + z) / (4 * df) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96.0 * df * df);
    }
}
