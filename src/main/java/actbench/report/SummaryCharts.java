package actbench.report;

import actbench.experiment.RunResult;
import actbench.experiment.Throughput;
import actbench.stats.LayerStatistics;
import actbench.stats.Verdict;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.HdrHistogram.HistogramIterationValue;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a {@code stats} run that put every combination side by side: std by layer, the
 * weight gradients' std by layer, and the pass latency by percentile. One colour per initializer
 * and one line style per activation in all of them.
 */
final class SummaryCharts {

    private SummaryCharts() {
    }

    /**
     * Std against the layer for every combination, log scale: vanishing and exploding at a glance.
     * One colour per initializer, one line style per activation; a line that reaches std 0 or
     * overflows says so in the legend, since a log axis cannot draw it.
     */
    static XYChart overview(List<RunResult> runs) {
        XYChart chart = new XYChartBuilder().width(900).height(520)
                .title("std of the activations by layer").xAxisTitle("layer").yAxisTitle("std (log)")
                .build();
        StatsCharts.style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (RunResult run : runs) {
            List<LayerStatistics> layers = StatsCharts.withInput(run);
            int end = 0;
            while (end < layers.size() && !layers.get(end).overflow() && layers.get(end).std() > 0) {
                end++;
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i : Charts.evenlySpaced(end, StatsCharts.MAX_POINTS)) {
                x.add((double) i);
                y.add(layers.get(i).std());
                low = Math.min(low, layers.get(i).std());
                high = Math.max(high, layers.get(i).std());
            }
            String note = end == layers.size() ? ""
                    : layers.get(end).overflow() ? " (overflows at layer " + end + ")" : " (std 0 from layer " + end + ")";
            OptionalInt underflow = Verdict.firstUnderflow(run.layers());
            if (underflow.isPresent()) {
                note += " (subnormal from layer " + underflow.getAsInt() + ")";
            }
            if (!x.isEmpty()) {
                XYSeries series = chart.addSeries(run.activation().label() + " / " + run.init().name() + note, x, y);
                lineStyle(series, runs, run, x.size() <= 60);
            }
        }
        if (high > 0) {
            StatsCharts.markNormalRange(chart, runs);
            Charts.logYAxis(chart, low, high);
        }
        return chart;
    }

    /** The colour of the run's initializer and the line and marker of its activation, in the run's order. */
    private static void lineStyle(XYSeries series, List<RunResult> runs, RunResult run, boolean markers) {
        List<String> inits = runs.stream().map(r -> r.init().name()).distinct().toList();
        List<String> activations = runs.stream().map(r -> r.activation().label()).distinct().toList();
        int i = inits.indexOf(run.init().name());
        int a = activations.indexOf(run.activation().label());
        Color colour = Charts.COLOURS[i % Charts.COLOURS.length];
        series.setMarkerColor(colour);
        series.setMarker(markers ? Charts.MARKERS[a % Charts.MARKERS.length] : SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(Charts.LINES[a % Charts.LINES.length]);
    }

    /** Std of dL/dW by layer for every combination, log scale: vanishing gradients at a glance. */
    static XYChart gradients(List<RunResult> runs) {
        XYChart chart = new XYChartBuilder().width(800).height(480)
                .title("std of dL/dW by layer").xAxisTitle("layer").yAxisTitle("std of dL/dW (log)").build();
        StatsCharts.style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (RunResult run : runs) {
            if (run.gradients().isEmpty()) {
                continue;
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i : Charts.evenlySpaced(run.gradients().size(), StatsCharts.MAX_POINTS)) {
                LayerStatistics dw = run.gradients().get(i).dw();
                if (!dw.overflow() && dw.std() > 0) {
                    x.add((double) (i + 1));
                    y.add(dw.std());
                }
            }
            if (!x.isEmpty()) {
                lineStyle(chart.addSeries(run.activation().label() + " / " + run.init().name(), x, y), runs, run,
                        x.size() <= 60);
                low = Math.min(low, y.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
                high = Math.max(high, y.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            }
        }
        if (high > 0) {
            Charts.logYAxis(chart, low, high);
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.getStyler().setYAxisLogarithmic(false);
            chart.addSeries("all gradients zero", new double[] {1}, new double[] {0});
        }
        return chart;
    }

    /**
     * Latency against the percentile, one line per combination, the passes it rests on in the
     * legend: with a handful of passes the high percentiles are the slowest pass, nothing more.
     */
    static XYChart latency(List<RunResult> runs) {
        XYChart chart = new XYChartBuilder().width(900).height(480)
                .title("forward-pass latency by percentile").xAxisTitle("percentile")
                .yAxisTitle("latency (ms)").build();
        StatsCharts.style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(100.0);
        chart.setCustomYAxisTickLabelsFormatter(Charts::tick);
        for (RunResult run : runs) {
            if (run.throughput().isEmpty()) {
                continue;
            }
            Throughput t = run.throughput().get();
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (HistogramIterationValue v : t.latencies().percentiles(5)) {
                x.add(v.getPercentileLevelIteratedTo());
                y.add(v.getValueIteratedTo() / 1e6);
            }
            if (!x.isEmpty()) {
                lineStyle(chart.addSeries(run.activation().label() + " / " + run.init().name() + " ("
                        + t.passes() + " passes)", x, y), runs, run, false);
            }
        }
        return chart;
    }
}
