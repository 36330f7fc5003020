package actbench.report;

import actbench.experiment.RunResult;
import actbench.experiment.StatsConfig;
import java.util.List;

/**
 * The results of a {@code stats} run with what produced them; the one source that the terminal
 * tables, Markdown, CSV and JSON views are rendered from.
 *
 * @param vector the vector width and lanes the kernels used
 */
public record StatsReport(StatsConfig config, String kernel, String vector, Environment environment,
                          List<RunResult> runs) {

    public StatsReport {
        runs = List.copyOf(runs);
    }

    /** One line naming everything that produced the numbers. */
    public String stamp() {
        return stamp(config, kernel, vector);
    }

    /** The stamp before any result exists, for the header of a run. */
    public static String stamp(StatsConfig config, String kernel, String vector) {
        return "kernel " + kernel + ", " + vector + ", " + config.precision().label() + ", "
                + config.threads() + (config.threads() == 1 ? " thread" : " threads")
                + ", rng " + config.rng().label() + ", seed " + config.seed()
                + (config.input().isLecture() ? "" : ", input " + config.input().label())
                + (config.gain().isOne() ? "" : ", gain " + config.gain().label())
                + ", JDK " + Runtime.version();
    }
}
