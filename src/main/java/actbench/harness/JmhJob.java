package actbench.harness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JMH benchmark method with one value per parameter: the unit {@code bench} runs in its own
 * fork, so kernels never share a JVM (several Vector API kernels in one JVM can end up badly
 * compiled, depending on order).
 *
 * @param benchmark   class and method, e.g. {@code MatMulBench.multiply}
 * @param forks       forks of this job, or 0 for the plan's; several show how much one launch's
 *                    compile can differ from another's
 * @param environment variables the forks need in their environment (JMH has no option for it),
 *                    such as {@code OPENBLAS_NUM_THREADS}; an empty value removes the variable
 */
public record JmhJob(String benchmark, Map<String, String> params, int forks, Map<String, String> environment) {

    public JmhJob {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    public JmhJob(String benchmark, Map<String, String> params) {
        this(benchmark, params, 0, Map.of());
    }

    /** The package of the benchmarks ({@code benchmarks/}); {@link #benchmark} names are relative to it. */
    static final String PACKAGE = "actbench.bench.";

    /** JMH's include pattern for this job: {@code Class.method}, or {@code Class.*} for all its methods. */
    public String includePattern() {
        return "^" + (PACKAGE + benchmark).replace(".", "\\.").replace("\\.*", "\\..*") + "$";
    }

    /** A short label for progress lines. */
    public String label() {
        return benchmark + " " + String.join(" ", params.values()) + (forks > 1 ? " (" + forks + " forks)" : "");
    }
}
