package actbench.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JMH benchmark method with one value per parameter: the unit {@code bench} runs in its own
 * fork, so kernels never share a JVM (several Vector API kernels in one JVM can end up badly
 * compiled, depending on order).
 *
 * @param benchmark class and method, e.g. {@code MatMulBench.multiply}
 */
public record JmhJob(String benchmark, Map<String, String> params) {

    public JmhJob {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A short label for progress lines. */
    public String label() {
        return benchmark + " " + String.join(" ", params.values());
    }
}
