package actbench.report;

import actbench.experiment.RunResult;
import actbench.stats.LayerStatistics;
import actbench.stats.SeedSpread;
import actbench.stats.Verdict;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The pictures of a {@code stats} run, as the lecture draws them: mean and std against the layer,
 * one histogram per layer on shared axes, std of every combination on a log scale, and the
 * pass-latency percentile distribution. Charts only draw what the statistics already hold.
 */
public final class StatsCharts {

    /** Panels in a histogram grid: at most this many layers, evenly spaced, are drawn. */
    static final int MAX_HISTOGRAMS = 10;
    static final int HISTOGRAM_COLUMNS = 5;
    /** Points per line at most: a chart 900 pixels wide shows no more (a depth-100000 run draws 500). */
    static final int MAX_POINTS = 500;

    private StatsCharts() {
    }

    /** File stem for a combination: {@code tanh-xavier}. */
    public static String stem(RunResult run) {
        return (run.activation().label() + "-" + run.init().name()).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Every chart of the report, by file stem (without extension). */
    public static Map<String, Charts.Picture> all(StatsReport report) {
        Map<String, Supplier<Charts.Picture>> drawings = new LinkedHashMap<>();
        XYChart overview = SummaryCharts.overview(report.runs());
        if (!overview.getSeriesMap().isEmpty()) {
            drawings.put("overview-std", () -> Charts.single(overview));
        }
        if (report.runs().stream().anyMatch(run -> !run.gradients().isEmpty())) {
            drawings.put("gradients", () -> Charts.single(SummaryCharts.gradients(report.runs())));
        }
        XYChart latency = SummaryCharts.latency(report.runs());
        if (!latency.getSeriesMap().isEmpty()) {
            drawings.put("latency", () -> Charts.single(latency));
        }
        for (RunResult run : report.runs()) {
            drawings.put(stem(run) + "-moments", () -> Charts.grid(moments(run), 2));
            drawings.put(stem(run) + "-histograms", () -> Charts.grid(histograms(run), HISTOGRAM_COLUMNS));
        }
        // drawing PNGs and SVGs was a third of the default run; the charts are independent, so every core draws
        Map<String, Charts.Picture> drawn = new ConcurrentHashMap<>();
        drawings.entrySet().parallelStream().forEach(d -> drawn.put(d.getKey(), d.getValue().get()));
        Map<String, Charts.Picture> pictures = new LinkedHashMap<>();
        drawings.keySet().forEach(name -> pictures.put(name, drawn.get(name)));
        return pictures;
    }

    /**
     * Mean and std against the layer (0 = input), two panels, each on a log axis when its values
     * are positive and span more than two decades (a vanishing or exploding run is a straight line
     * there, not a flat one ending in a cliff).
     */
    static List<XYChart> moments(RunResult run) {
        List<XYChart> panels = new ArrayList<>();
        List<LayerStatistics> layers = withInput(run);
        for (String what : List.of("mean", "std")) {
            XYChart chart = new XYChartBuilder().width(480).height(360)
                    .title(run.activation().label() + " / " + run.init().name() + ": " + what)
                    .xAxisTitle("layer").yAxisTitle(what).build();
            style(chart);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i : Charts.evenlySpaced(layers.size(), MAX_POINTS)) {
                LayerStatistics s = layers.get(i);
                if (!s.overflow()) {
                    x.add((double) i);
                    y.add(what.equals("mean") ? s.mean() : s.std());
                }
            }
            chart.addSeries("measured", x, y).setMarker(x.size() <= 60 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            if (!run.spread().isEmpty()) {
                List<Double> sx = new ArrayList<>();
                List<Double> sy = new ArrayList<>();
                List<Double> err = new ArrayList<>();
                for (int i : Charts.evenlySpaced(run.spread().size(), MAX_POINTS)) {
                    SeedSpread s = run.spread().get(i);
                    if (s != null) {
                        sx.add((double) (i + 1));
                        sy.add(what.equals("mean") ? s.mean() : s.std());
                        err.add(what.equals("mean") ? s.meanCi95() : s.stdCi95());
                    }
                }
                if (!sx.isEmpty()) {
                    chart.addSeries("mean of " + run.config().seeds() + " seeds, 95% CI", sx, sy, err)
                            .setMarker(SeriesMarkers.DIAMOND);
                }
            }
            if (!run.theory().isEmpty()) {
                // the theory starts from the input as measured
                List<Double> tx = new ArrayList<>(List.of(0.0));
                double start = what.equals("mean") ? run.input().mean() : run.input().std();
                List<Double> ty = new ArrayList<>(List.of(start));
                for (int i : Charts.evenlySpaced(run.theory().size(), MAX_POINTS)) {
                    double value = what.equals("mean") ? run.theory().get(i).mean() : run.theory().get(i).std();
                    if (Double.isFinite(value)) {
                        tx.add((double) (i + 1));
                        ty.add(value);
                    }
                }
                chart.addSeries("mean-field theory", tx, ty).setMarker(SeriesMarkers.NONE)
                        .setLineStyle(SeriesLines.DASH_DASH);
            }
            double low = y.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double high = y.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            if (low > 0 && high / low > 100) {
                if (what.equals("std")) {
                    markNormalRange(chart, List.of(run));
                }
                Charts.logYAxis(chart, low, high);
            } else {
                chart.setCustomYAxisTickLabelsFormatter(Charts::tick);
            }
            chart.getStyler().setLegendVisible(true);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
            panels.add(chart);
        }
        return panels;
    }

    /**
     * Runs whose values sink below their 16-bit format's normal range (only such runs count
     * underflows) get that boundary as a red dash-dot line on their std chart: where a measured
     * std crosses it, the layer is made of subnormals and zeros.
     */
    static void markNormalRange(XYChart chart, List<RunResult> runs) {
        if (runs.stream().allMatch(run -> Verdict.firstUnderflow(run.layers()).isEmpty())) {
            return;
        }
        RunResult first = runs.get(0);
        double normal = first.config().precision().minNormal();
        XYSeries line = chart.addSeries(first.config().precision().label() + " smallest normal",
                List.of(0.0, (double) first.config().depth()), List.of(normal, normal));
        line.setMarker(SeriesMarkers.NONE);
        line.setLineStyle(SeriesLines.DASH_DOT);
        line.setLineColor(Color.RED);
    }

    /** One panel per shown layer: the share of values in each of the 30 bins over [-1, 1]. */
    static List<XYChart> histograms(RunResult run) {
        List<Integer> shown = shownLayers(run.layers().size());
        double top = 0;
        for (int layer : shown) {
            LayerStatistics s = run.layers().get(layer - 1);
            for (long count : s.bins().orElseThrow().counts()) {
                top = Math.max(top, (double) count / s.count());
            }
        }
        List<XYChart> panels = new ArrayList<>();
        for (int layer : shown) {
            LayerStatistics s = run.layers().get(layer - 1);
            XYChart chart = new XYChartBuilder().width(260).height(200).title(histogramTitle(layer, s))
                    .build();
            style(chart);
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
            chart.getStyler().setXAxisMin(-1.0).setXAxisMax(1.0);
            chart.getStyler().setYAxisMin(0.0).setYAxisMax(top > 0 ? top * 1.05 : 1.0);
            long[] counts = s.bins().orElseThrow().counts();
            double[] x = new double[counts.length + 1];
            double[] y = new double[counts.length + 1];
            for (int b = 0; b <= counts.length; b++) {
                x[b] = -1 + 2.0 * b / counts.length;
                y[b] = s.overflow() ? 0 : (double) counts[Math.min(b, counts.length - 1)] / s.count();
            }
            chart.addSeries(s.overflow() ? "overflow" : "share", x, y).setMarker(SeriesMarkers.NONE);
            panels.add(chart);
        }
        return panels;
    }

    /**
     * "layer 4 (48% > 1)": the panels keep the lecture's [-1, 1], so the title tells what lies
     * beyond (an exploding relu layer is not a spike at 0).
     */
    static String histogramTitle(int layer, LayerStatistics s) {
        List<String> outside = new ArrayList<>();
        LayerStatistics.Bins bins = s.bins().orElseThrow();
        if (!s.overflow() && bins.below() > 0) {
            outside.add(percent(bins.below(), s.count()) + " < -1");
        }
        if (!s.overflow() && bins.above() > 0) {
            outside.add(percent(bins.above(), s.count()) + " > 1");
        }
        return "layer " + layer + (s.overflow() ? " (overflow)"
                : outside.isEmpty() ? "" : " (" + String.join(", ", outside) + ")");
    }

    private static String percent(long part, long whole) {
        double p = 100.0 * part / whole;
        return p < 0.1 ? "<0.1%" : String.format(Locale.ROOT, p < 10 ? "%.1f%%" : "%.0f%%", p);
    }

    /** Layers 1..depth, or {@value #MAX_HISTOGRAMS} of them evenly spaced, always with the last. */
    static List<Integer> shownLayers(int depth) {
        List<Integer> shown = new ArrayList<>();
        int count = Math.min(depth, MAX_HISTOGRAMS);
        for (int i = 1; i <= count; i++) {
            int layer = (int) Math.round((double) i * depth / count);
            if (!shown.contains(layer)) {
                shown.add(layer);
            }
        }
        return shown;
    }

    static List<LayerStatistics> withInput(RunResult run) {
        List<LayerStatistics> layers = new ArrayList<>();
        layers.add(run.input());
        layers.addAll(run.layers());
        return layers;
    }

    static void style(XYChart chart) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setToolTipsEnabled(false);
        chart.getStyler().setAntiAlias(true);
        chart.getStyler().setMarkerSize(5);
    }
}
