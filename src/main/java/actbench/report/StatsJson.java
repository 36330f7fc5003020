package actbench.report;

import actbench.experiment.GradientPass;
import actbench.experiment.RunResult;
import actbench.experiment.Throughput;
import actbench.stats.LayerStatistics;
import actbench.stats.MeanField;
import actbench.stats.SeedSpread;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON view: {@code {"runs": [...], "environment": {...}}}, each run its {@link RunRecord}
 * followed by the input's and each layer's statistics. Fractions are in [0, 1], latencies in
 * milliseconds. A layer whose values overflowed has {@code "overflow": true} and no statistics,
 * so the document never holds NaN or Infinity. Runs stored in a 16-bit format ({@code bf16},
 * {@code f16}) also give each layer (and the input) its {@code "underflow"}: the share of values
 * stored as zero or subnormal that were not zero before rounding.
 */
public final class StatsJson {

    private StatsJson() {
    }

    public static String render(StatsReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> runs = new ArrayList<>();
        for (RunResult run : report.runs()) {
            runs.add(run(run, report.environment()));
        }
        root.put("runs", runs);
        root.put("environment", report.environment().asMap());
        return Json.pretty(root);
    }

    private static Map<String, Object> run(RunResult run, Environment environment) {
        Map<String, Object> map = new LinkedHashMap<>(RunRecord.of(run, environment).toMap());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("mean", run.input().mean());
        input.put("std", run.input().std());
        boolean rounded = run.config().precision().rounded();
        if (rounded) {
            input.put("underflow", run.input().underflowFraction());
        }
        map.put("input_stats", input);
        List<Object> layers = new ArrayList<>();
        for (int i = 0; i < run.layers().size(); i++) {
            Map<String, Object> layer = layer(i + 1, run.layers().get(i));
            if (rounded) {
                layer.put("underflow", run.layers().get(i).underflowFraction());
            }
            Optional<MeanField.Moments> theory = run.theory(i + 1);
            layer.put("theory_mean", theory.map(MeanField.Moments::mean).orElse(null));
            layer.put("theory_std", theory.map(MeanField.Moments::std).orElse(null));
            if (!run.spread().isEmpty() && run.spread().get(i) != null) {
                SeedSpread spread = run.spread().get(i);
                layer.put("seeds", spread.seeds());
                layer.put("seeds_mean", spread.mean());
                layer.put("mean_ci95", spread.meanCi95());
                layer.put("seeds_std", spread.std());
                layer.put("std_ci95", spread.stdCi95());
            }
            layers.add(layer);
        }
        map.put("layers", layers);
        map.put("verdict", StatsTables.verdict(run));
        map.put("throughput", run.throughput().map(StatsJson::throughput).orElse(null));
        if (!run.gradients().isEmpty()) {
            List<Object> gradients = new ArrayList<>();
            for (int i = 0; i < run.gradients().size(); i++) {
                GradientPass.LayerGradients g = run.gradients().get(i);
                Map<String, Object> layer = new LinkedHashMap<>();
                layer.put("layer", i + 1);
                moments(layer, "dh", g.dh());
                moments(layer, "dw", g.dw());
                gradients.add(layer);
            }
            map.put("gradients", gradients);
        }
        return map;
    }

    private static void moments(Map<String, Object> into, String prefix, LayerStatistics s) {
        if (s.overflow()) {
            into.put(prefix + "_overflow", true);
        } else {
            into.put(prefix + "_mean", s.mean());
            into.put(prefix + "_std", s.std());
        }
    }

    private static Map<String, Object> layer(int index, LayerStatistics s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("layer", index);
        if (s.overflow()) {
            map.put("overflow", true);
            return map;
        }
        map.put("mean", s.mean());
        map.put("std", s.std());
        map.put("min", s.min());
        map.put("max", s.max());
        map.put("saturated", s.saturatedFraction());
        map.put("zeros", s.zeroFraction());
        s.bins().ifPresent(bins -> {
            map.put("histogram", bins.counts());
            map.put("below", bins.below());
            map.put("above", bins.above());
        });
        return map;
    }

    private static Map<String, Object> throughput(Throughput t) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("passes", t.passes());
        map.put("passes_per_second", t.passesPerSecond());
        map.put("gflops", t.gflops());
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", t.latencyMillis(50));
        // a percentile of fewer passes than it needs is only the slowest pass: null, as in the table
        latency.put("p90", t.passes() >= 10 ? t.latencyMillis(90) : null);
        latency.put("p99", t.passes() >= 100 ? t.latencyMillis(99) : null);
        latency.put("max", t.maxLatencyMillis());
        map.put("latency_ms", latency);
        return map;
    }
}
