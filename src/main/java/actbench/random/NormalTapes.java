package actbench.random;

import java.util.HashMap;
import java.util.Map;

/**
 * One {@link NormalTape} per seed, within a budget of values for all of them together: a run
 * with many seeds keeps tapes for the first ones and draws the rest as before.
 */
public final class NormalTapes {

    private final Map<Long, NormalTape> bySeed = new HashMap<>();
    private final int perSeed;
    private long budget;

    /** Tapes of at most {@code perSeed} values each and {@code budget} values in all. */
    public NormalTapes(long perSeed, long budget) {
        this.perSeed = (int) Math.min(perSeed, Integer.MAX_VALUE - 8);
        this.budget = budget;
    }

    /** No tapes: every stream draws its own values. */
    public static NormalTapes none() {
        return new NormalTapes(0, 0);
    }

    /** The tape of {@code seed}; one of capacity 0 once the budget is spent. */
    public synchronized NormalTape forSeed(long seed) {
        return bySeed.computeIfAbsent(seed, s -> {
            int capacity = (int) Math.min(perSeed, budget);
            budget -= capacity;
            return new NormalTape(s, capacity);
        });
    }
}
