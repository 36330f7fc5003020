package actbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Validation at the edge, shared by every command: each failure is a usage error that names the
 * option, the value and what is allowed.
 */
final class Checks {

    private final CommandSpec spec;

    Checks(CommandSpec spec) {
        this.spec = spec;
    }

    ParameterException invalid(String option, String value, String allowed) {
        return new ParameterException(spec.commandLine(),
                "Invalid value for option '" + option + "': '" + value + "' (allowed: " + allowed + ")");
    }

    /** The command being checked, for its streams. */
    CommandSpec spec() {
        return spec;
    }

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * Parses a comma list (the options take their text whole, no picocli split, which would drop
     * empty items silently), dropping repeats (names are compared case-blind: {@code he,HE} is one),
     * keeping order; an empty list or an empty item ({@code he,,xavier}, {@code tanh,}) is invalid.
     */
    <T> List<T> list(String option, List<String> values, Function<String, T> parser, String allowed) {
        Map<String, T> parsed = new LinkedHashMap<>();
        for (String value : values) {
            for (String item : value.split(",", -1)) {
                if (item.isBlank()) {
                    throw usage("Invalid value for option '" + option + "': '" + value
                            + "' has an empty item (a list is comma-separated, without spaces: a,b)");
                }
                try {
                    parsed.putIfAbsent(item.trim().toLowerCase(Locale.ROOT), parser.apply(item.trim()));
                } catch (IllegalArgumentException e) {
                    throw invalid(option, item.trim(), allowed);
                }
            }
        }
        if (parsed.isEmpty()) {
            throw invalid(option, String.join(",", values), allowed);
        }
        return new ArrayList<>(parsed.values());
    }

    /** A comma list of precisions for {@code --precision}: f32, f64, lower case. */
    List<String> precisions(List<String> values) {
        return list("--precision", values,
                p -> choose("--precision", p, Map.of("f32", "f32", "f64", "f64"), "f32, f64"), "f32, f64");
    }

    /** One value through a parser that throws IllegalArgumentException. */
    <T> T parse(String option, String value, Function<String, T> parser, String allowed) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw invalid(option, value, allowed);
        }
    }

    /** One of fixed names, case-insensitive. */
    <T> T choose(String option, String value, Map<String, T> choices, String allowed) {
        T chosen = choices.get(value.trim().toLowerCase(Locale.ROOT));
        if (chosen == null) {
            throw invalid(option, value, allowed);
        }
        return chosen;
    }

    void range(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw invalid(option, typed(option, Long.toString(value)), "an integer from " + min + " to " + max);
        }
    }

    void seconds(String option, double value) {
        if (!(value >= 0 && value <= 3600)) {
            throw invalid(option, typed(option, Double.toString(value)), "seconds from 0 to 3600");
        }
    }

    /**
     * The option's value as the user typed it ({@code -1}, {@code 1e400}, not the parsed
     * {@code -1.0} or {@code Infinity}); {@code parsed} where it was not typed (a default).
     */
    private String typed(String option, String parsed) {
        var result = spec.commandLine().getParseResult();
        var matched = result == null ? null : result.matchedOption(option);
        List<String> values = matched == null ? List.of() : matched.stringValues();
        return values.isEmpty() ? parsed : values.get(values.size() - 1);
    }
}
