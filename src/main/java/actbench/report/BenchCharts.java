package actbench.report;

import actbench.harness.BenchPlan;
import actbench.harness.BenchResults;
import actbench.harness.BenchResults.KernelRow;
import actbench.matrix.Shape;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The picture of a {@code bench} run: GFLOPS per kernel and precision, with the reference lines. */
final class BenchCharts {

    private BenchCharts() {
    }

    /**
     * Bars for each kernel (one thread, the layer shape) and precision, with the measured FMA peak
     * and numpy/OpenBLAS drawn as lines across them.
     */
    static CategoryChart gflops(BenchResults r) {
        CategoryChart chart = new CategoryChartBuilder().width(900).height(480)
                .title("GFLOPS on one thread, the lecture's layer " + Shape.LECTURE_LAYER.product())
                .xAxisTitle("kernel").yAxisTitle("GFLOPS").build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setToolTipsEnabled(false);
        // kernel and peer names are long: slanted, they do not run into each other
        chart.getStyler().setXAxisLabelRotation(30);
        List<String> kernels = new ArrayList<>();
        for (KernelRow row : layerRows(r)) {
            if (!kernels.contains(row.kernel())) {
                kernels.add(row.kernel());
            }
        }
        if (kernels.isEmpty()) {
            kernels.add("none");
        }
        List<String> precisions = List.of("f32", "f64", BenchPlan.BFLOAT16);
        for (String precision : precisions) {
            List<Double> values = new ArrayList<>();
            boolean any = false;
            for (String kernel : kernels) {
                double gflops = layerRows(r).stream()
                        .filter(row -> row.kernel().equals(kernel) && row.precision().equals(precision))
                        .mapToDouble(KernelRow::gflops).findFirst().orElse(0);
                any |= gflops > 0;
                values.add(gflops);
            }
            if (!any) {
                continue;
            }
            // one colour per precision: its bars, its peak (dashed) and numpy (dotted)
            Color colour = Charts.COLOURS[precisions.indexOf(precision)];
            chart.addSeries(precision, kernels, values).setFillColor(colour);
            line(chart, "peak " + precision, kernels, r.peak().getOrDefault(precision, Double.NaN), colour,
                    SeriesLines.DASH_DASH);
            KernelRow first = layerRows(r).get(0);
            line(chart, "numpy " + precision, kernels, r.numpyGflops(precision, 1, first.m(), first.k(), first.n()),
                    colour, SeriesLines.DOT_DOT);
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("none", List.of("none"), List.of(0.0));
        }
        return chart;
    }

    private static void line(CategoryChart chart, String name, List<String> kernels, double value, Color colour,
                             BasicStroke style) {
        if (Double.isFinite(value)) {
            List<Double> values = new ArrayList<>();
            kernels.forEach(k -> values.add(value));
            CategorySeries series = chart.addSeries(name, kernels, values);
            series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(colour);
            series.setLineStyle(style);
        }
    }

    private static List<KernelRow> layerRows(BenchResults r) {
        List<KernelRow> rows = new ArrayList<>();
        for (KernelRow row : r.kernels()) {
            if (row.threads() == 1 && new Shape(row.m(), row.k(), row.n()).equals(Shape.LECTURE_LAYER)) {
                rows.add(row);
            }
        }
        return rows;
    }
}
