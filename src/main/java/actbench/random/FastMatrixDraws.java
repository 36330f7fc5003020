package actbench.random;

import actbench.concurrent.Workers;
import java.util.SplittableRandom;

/**
 * Fast draws for benchmarking: every block of {@value #BLOCK} values has its own
 * {@link SplittableRandom}, seeded from (seed, matrix, block), so blocks fill in parallel and the
 * values never depend on the number of threads (a rejecting draw redraws within its block).
 */
public final class FastMatrixDraws implements MatrixDraws {

    static final int BLOCK = 1 << 14;

    private final long seed;
    private final Workers workers;

    public FastMatrixDraws(long seed, Workers workers) {
        this.seed = seed;
        this.workers = workers;
    }

    @Override
    public void fill(int index, double[] dst, int count, Draw draw) {
        int blocks = (count + BLOCK - 1) / BLOCK;
        workers.forEach(blocks, block -> {
            Source source = new Block(new SplittableRandom(blockSeed(index, block)));
            int end = Math.min(count, (block + 1) * BLOCK);
            for (int i = block * BLOCK; i < end; i++) {
                dst[i] = draw.next(source);
            }
        });
    }

    private record Block(SplittableRandom random) implements Source {
        @Override
        public double gaussian() {
            return random.nextGaussian();
        }

        @Override
        public double uniform() {
            return random.nextDouble();
        }
    }

    private long blockSeed(int index, int block) {
        return mix(mix(seed + 0x9E37_79B9_7F4A_7C15L * (index + 1)) + block);
    }

    /** The SplitMix64 finalizer: nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String name() {
        return "fast";
    }
}
