package actbench.random;

/**
 * numpy's legacy global generator ({@code np.random.seed}, {@code np.random.randn}), bit for bit.
 *
 * <p>MT19937 seeded with the reference {@code init_genrand}; doubles from two 32-bit words with 53
 * random bits; standard normals by the polar (Marsaglia) method, caching the second value of each
 * pair exactly as numpy's {@code legacy_gauss} does. Not thread-safe: one instance is one stream.
 */
public final class NumpyRandom implements MatrixDraws.Source {

    /** The largest seed numpy's legacy {@code seed(int)} accepts. */
    public static final long MAX_SEED = 0xFFFF_FFFFL;

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908_B0DF;
    private static final int UPPER_MASK = 0x8000_0000;
    private static final int LOWER_MASK = 0x7FFF_FFFF;

    private final int[] mt = new int[N];
    private int index;
    private boolean hasGauss;
    private double gauss;

    public NumpyRandom(long seed) {
        seed(seed);
    }

    private NumpyRandom(NumpyRandom other) {
        System.arraycopy(other.mt, 0, mt, 0, N);
        index = other.index;
        hasGauss = other.hasGauss;
        gauss = other.gauss;
    }

    /** Equivalent of {@code np.random.seed(seed)} for an integer seed; also clears the cached normal. */
    public void seed(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be in [0, 4294967295], was " + seed);
        }
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1_812_433_253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
        hasGauss = false;
        gauss = 0;
    }

    /** An independent generator in exactly this state. */
    public NumpyRandom copy() {
        return new NumpyRandom(this);
    }

    /** The next 32-bit output ({@code genrand_int32}), as an unsigned value in an int. */
    public int nextInt32() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C_5680;
        y ^= (y << 15) & 0xEFC6_0000;
        y ^= y >>> 18;
        return y;
    }

    /** A double in [0, 1) with 53 random bits, as numpy's {@code random_sample}. */
    public double nextDouble() {
        long a = (nextInt32() & 0xFFFF_FFFFL) >>> 5;
        long b = (nextInt32() & 0xFFFF_FFFFL) >>> 6;
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0;
    }

    /** A standard normal, as numpy's legacy {@code randn}. */
    public double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            double cached = gauss;
            gauss = 0;
            return cached;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        // Math.log, not StrictMath.log: it agrees with glibc's log (numpy's) far more often.
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /**
     * A uniform integer in [0, max], as numpy's legacy {@code random_interval}: 32-bit outputs
     * masked to the smallest all-ones mask covering max, rejected while above max.
     */
    public long nextInterval(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        if (max > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("intervals above 2^32 - 1 are not needed here");
        }
        long value;
        do {
            value = (nextInt32() & 0xFFFF_FFFFL) & mask;
        } while (value > max);
        return value;
    }

    /** Shuffles {@code values} in place as numpy's legacy {@code RandomState.shuffle} (Fisher-Yates from the end). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i >= 1; i--) {
            int j = (int) nextInterval(i);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    @Override
    public double gaussian() {
        return nextGaussian();
    }

    @Override
    public double uniform() {
        return nextDouble();
    }

    /** Fills {@code dst[from..to)} with consecutive standard normals. */
    public void fillGaussian(double[] dst, int from, int to) {
        for (int i = from; i < to; i++) {
            dst[i] = nextGaussian();
        }
    }

    private void twist() {
        int[] s = mt;
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (s[kk] & UPPER_MASK) | (s[kk + 1] & LOWER_MASK);
            s[kk] = s[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            int y = (s[kk] & UPPER_MASK) | (s[kk + 1] & LOWER_MASK);
            s[kk] = s[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        int y = (s[N - 1] & UPPER_MASK) | (s[0] & LOWER_MASK);
        s[N - 1] = s[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        index = 0;
    }
}
