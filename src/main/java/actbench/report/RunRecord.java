package actbench.report;

import actbench.experiment.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What produced one run, written once: the settings that determine its numbers, then what
 * computed them (kernel, vector species, threads, JDK, git). {@link #toMap} is the one writer,
 * whose keys and order the JSON run object and the CSV columns use; {@link #read} the one reader,
 * used by {@code compare}. JMH's result JSON, where every score carries its parameters, is the
 * model.
 *
 * @param gain "auto" or the multiplier as {@link Double#toString} writes it (a number in JSON)
 */
public record RunRecord(String activation, String init, double scale, int depth, int width, int batch,
                        long seed, String rng, String input, String preprocess, String gain,
                        String precision, String kernel, String vector, int threads, String jdk, String git) {

    /** Settings that make two runs different experiments: compare refuses to pair them. */
    public static final List<String> SHAPE = List.of("activation", "init", "depth", "width", "batch");
    /** Settings that change the numbers but leave the experiment's shape: compare says so first. */
    public static final List<String> NUMBERS = List.of("scale", "rng", "input", "preprocess", "gain", "precision");
    /** What computed the numbers: the same settings give the same numbers up to the last bits. */
    public static final List<String> COMPUTED = List.of("kernel", "vector", "threads", "jdk", "git");

    public static RunRecord of(RunResult run, Environment environment) {
        var config = run.config();
        return new RunRecord(run.activation().label(), run.init().name(), run.scale(), config.depth(),
                config.width(), config.batch(), config.seed(), config.rng().label(), config.input().kind().label(),
                config.input().preprocess().label(), config.gain().label(),
                config.precision().label(), run.kernel(), environment.vector(), config.threads(),
                environment.jdk(), environment.git());
    }

    /** Every field under its JSON and CSV name, in the record's order. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("activation", activation);
        map.put("init", init);
        map.put("scale", scale);
        map.put("depth", depth);
        map.put("width", width);
        map.put("batch", batch);
        map.put("seed", seed);
        map.put("rng", rng);
        map.put("input", input);
        map.put("preprocess", preprocess);
        map.put("gain", gain.equals("auto") ? gain : Double.valueOf(gain));
        map.put("precision", precision);
        map.put("kernel", kernel);
        map.put("vector", vector);
        map.put("threads", threads);
        map.put("jdk", jdk);
        map.put("git", git);
        return map;
    }

    /** The CSV header cells of {@link #toMap}. */
    public static List<String> columns() {
        return List.copyOf(new RunRecord("", "", 0, 0, 0, 0, 0, "", "", "", "auto", "", "", "", 0, "", "").toMap().keySet());
    }

    /**
     * Reads a run object of {@code stats.json}.
     *
     * @throws IllegalArgumentException naming the first field that is missing or of the wrong type
     */
    public static RunRecord read(Map<String, Object> run) {
        return new RunRecord(text(run, "activation"), text(run, "init"), number(run, "scale").doubleValue(),
                whole(run, "depth"), whole(run, "width"), whole(run, "batch"), number(run, "seed").longValue(),
                text(run, "rng"), text(run, "input"), text(run, "preprocess"), String.valueOf(value(run, "gain")),
                text(run, "precision"), text(run, "kernel"), text(run, "vector"), whole(run, "threads"),
                text(run, "jdk"), text(run, "git"));
    }

    /**
     * The fields of {@code names} whose values differ between this run and {@code other}, each as
     * {@code name (this / other)}.
     */
    public List<String> differences(RunRecord other, List<String> names) {
        Map<String, Object> mine = toMap();
        Map<String, Object> theirs = other.toMap();
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(mine.get(name), theirs.get(name))) {
                differences.add(name + " (" + mine.get(name) + " / " + theirs.get(name) + ")");
            }
        }
        return differences;
    }

    private static Object value(Map<String, Object> run, String key) {
        Object value = run.get(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " missing");
        }
        return value;
    }

    private static String text(Map<String, Object> run, String key) {
        if (value(run, key) instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException(key + " is not text: " + run.get(key));
    }

    private static Number number(Map<String, Object> run, String key) {
        if (value(run, key) instanceof Number number) {
            return number;
        }
        throw new IllegalArgumentException(key + " is not a number: " + run.get(key));
    }

    private static int whole(Map<String, Object> run, String key) {
        Number number = number(run, key);
        if (number.doubleValue() != number.intValue()) {
            throw new IllegalArgumentException(key + " is not a whole number: " + number);
        }
        return number.intValue();
    }
}
