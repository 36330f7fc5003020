package actbench.cli;

import static actbench.report.Numbers.fixed;
import static actbench.report.Numbers.sig;

import actbench.report.RunRecord;
import actbench.report.Table;
import actbench.report.View;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code actbench compare A B}: two {@code stats} reports side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = Cli.Version.class,
        description = {"Puts two stats report folders side by side: per combination and layer the "
                + "mean and std of both with their difference, and throughput with the ratio B / A. "
                + "A folder is a path, or a name under the reports folder such as 'latest'."},
        footer = {"", "Example:", "  actbench compare reports/2026-11-23T00-48-50 latest"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The reference report folder.")
    private String first;

    @Parameters(index = "1", paramLabel = "B", description = "The report folder compared with A.")
    private String second;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|markdown",
            description = "Standard output format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() throws IOException {
        Checks checks = new Checks(spec);
        View view = checks.choose("--format", format, Map.of("table", View.TEXT, "markdown", View.MARKDOWN),
                "table, markdown");
        Report reportA = report(checks, "A", first);
        Report reportB = report(checks, "B", second);
        List<String> settings = comparable(checks, reportA.records(), reportB.records());
        List<Map<String, Object>> a = reportA.runs();
        List<Map<String, Object>> b = reportB.runs();
        PrintWriter out = spec.commandLine().getOut();
        out.println((view.isMarkdown() ? "# " : "") + "compare A = " + first + " with B = " + second);
        settings.forEach(out::println);
        out.println();
        Table throughput = new Table("activation", "init", "GFLOPS A", "GFLOPS B", "B / A");
        for (int r = 0; r < a.size(); r++) {
            Map<String, Object> ra = a.get(r);
            Map<String, Object> rb = b.get(r);
            String title = ra.get("activation") + " / " + ra.get("init");
            out.print(view.heading(title));
            Table layers = new Table("layer", "mean A", "mean B", "diff", "std A", "std B", "diff",
                    "rel. diff");
            List<Map<String, Object>> la = list(ra.get("layers"));
            List<Map<String, Object>> lb = list(rb.get("layers"));
            for (int i = 0; i < la.size(); i++) {
                Double meanA = number(la.get(i).get("mean"));
                Double meanB = number(lb.get(i).get("mean"));
                Double stdA = number(la.get(i).get("std"));
                Double stdB = number(lb.get(i).get("std"));
                layers.row(Integer.toString(i + 1), show(meanA), show(meanB), diff(meanA, meanB),
                        show(stdA), show(stdB), diff(stdA, stdB),
                        stdA == null || stdB == null || stdA == 0 ? "-"
                                : fixed(100 * (stdB - stdA) / stdA, 4) + "%");
            }
            out.print(view.table(layers));
            out.println();
            Double ga = gflops(ra);
            Double gb = gflops(rb);
            throughput.row(String.valueOf(ra.get("activation")), String.valueOf(ra.get("init")),
                    ga == null ? "-" : fixed(ga, 1), gb == null ? "-" : fixed(gb, 1),
                    ga == null || gb == null ? "-" : fixed(gb / ga, 3) + "x");
        }
        out.print(view.heading("Throughput"));
        out.print(view.table(throughput));
        out.flush();
        return 0;
    }

    /** A stats.json's run objects and the record read from each, read once. */
    private record Report(List<Map<String, Object>> runs, List<RunRecord> records) {
    }

    /**
     * The runs of a report folder's stats.json, each checked by the run record's reader and for
     * its layers; a missing, unreadable or incomplete file is a usage error naming what is wrong.
     */
    private Report report(Checks checks, String which, String name) {
        Path folder = Path.of(name);
        if (!Files.isDirectory(folder)) {
            folder = Path.of(System.getProperty(OutputOptions.REPORTS_PROPERTY, "reports")).resolve(name);
        }
        Path json = folder.resolve("stats.json");
        if (!Files.isRegularFile(json)) {
            throw checks.usage("Invalid value for parameter '" + which + "': '" + name
                    + "' is not a stats report folder (no " + json + ")");
        }
        Object runs;
        try {
            runs = JSON.std.mapFrom(Files.readString(json)).get("runs");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson's own message speaks of its parser features: say where the file is broken
            var at = e.getLocation();
            throw checks.usage("Invalid value for parameter '" + which + "': " + json + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException | RuntimeException e) {
            throw checks.usage("Invalid value for parameter '" + which + "': cannot read " + json + " ("
                    + Failures.describe(e) + ")");
        }
        if (!(runs instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(Map.class::isInstance)) {
            throw checks.usage(json + ": runs missing");
        }
        List<Map<String, Object>> checked = list(runs);
        List<RunRecord> records = new ArrayList<>();
        for (int r = 0; r < checked.size(); r++) {
            String where = json + ": run " + (r + 1) + ": ";
            try {
                RunRecord record = RunRecord.read(checked.get(r));
                records.add(record);
                Object layers = checked.get(r).get("layers");
                if (!(layers instanceof List<?> l) || l.size() != record.depth()
                        || !l.stream().allMatch(Map.class::isInstance)) {
                    throw new IllegalArgumentException("layers missing or not " + record.depth() + " layers");
                }
            } catch (IllegalArgumentException e) {
                throw checks.usage(where + e.getMessage());
            }
        }
        return new Report(checked, records);
    }

    /**
     * Refuses runs that are different experiments (shape, activation, initializer); returns lines
     * that say, before any number, which settings differ otherwise: differences then come from
     * them, not from chance.
     */
    private static List<String> comparable(Checks checks, List<RunRecord> a, List<RunRecord> b) {
        if (a.size() != b.size()) {
            throw checks.usage("the reports are not comparable: " + a.size() + " combinations in A, "
                    + b.size() + " in B");
        }
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> computed = new LinkedHashSet<>();
        for (int r = 0; r < a.size(); r++) {
            RunRecord ra = a.get(r);
            RunRecord rb = b.get(r);
            List<String> shape = ra.differences(rb, RunRecord.SHAPE);
            if (!shape.isEmpty()) {
                throw checks.usage("the reports are not comparable: run " + (r + 1) + " differs in "
                        + String.join(", ", shape) + " (A / B)");
            }
            numbers.addAll(ra.differences(rb, RunRecord.NUMBERS));
            numbers.addAll(ra.differences(rb, List.of("seed")));
            computed.addAll(ra.differences(rb, RunRecord.COMPUTED));
        }
        List<String> lines = new ArrayList<>();
        if (!numbers.isEmpty()) {
            lines.add("settings differ (A / B): " + String.join(", ", numbers)
                    + "; the differences below come from them as well as from chance");
        } else {
            lines.add("same settings in A and B");
        }
        if (!computed.isEmpty()) {
            lines.add("computed differently (A / B): " + String.join(", ", computed));
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    @SuppressWarnings("unchecked")
    private static Double gflops(Map<String, Object> run) {
        return run.get("throughput") instanceof Map<?, ?> t ? number(((Map<String, Object>) t).get("gflops")) : null;
    }

    private static String show(Double value) {
        return value == null ? "overflow" : sig(value);
    }

    private static String diff(Double a, Double b) {
        return a == null || b == null ? "-" : sig(b - a);
    }
}
