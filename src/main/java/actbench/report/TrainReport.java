package actbench.report;

import static actbench.report.Numbers.fixed;

import actbench.training.Circles;
import actbench.training.DecisionGrid;
import actbench.training.Diagnosis;
import actbench.training.Training;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The views of a {@code train} run: the notebook's printout, the comparison, JSON, charts, page. */
public final class TrainReport {

    private TrainReport() {
    }

    /** An infinite cost prints as numpy prints it. */
    static String cost(double cost) {
        return Double.isInfinite(cost) ? "inf" : Double.toString(cost);
    }

    public static String text(List<Training.Result> results, View view) {
        StringBuilder out = new StringBuilder(view.isMarkdown() ? "# actbench train\n\n" : "");
        for (Training.Result r : results) {
            out.append(view.isMarkdown() ? "## " : "").append("init ").append(r.init().name()).append("\n");
            out.append(view.isMarkdown() ? "\n```\n" : "");
            for (Training.Cost c : r.costs()) {
                out.append("Cost after iteration ").append(c.iteration()).append(": ")
                        .append(cost(c.cost())).append('\n');
            }
            out.append("On the train set: accuracy ").append(fixed(r.trainAccuracy(), 4))
                    .append("\nOn the test set: accuracy ").append(fixed(r.testAccuracy(), 4))
                    .append("\nDistinct units per layer: ").append(Arrays.toString(r.distinctUnits()))
                    .append('\n').append(view.isMarkdown() ? "```\n" : "").append('\n');
        }
        out.append(view.isMarkdown() ? "## Comparison\n\n" : "Comparison\n");
        Table table = comparison(results);
        out.append(view.table(table));
        return out.toString();
    }

    static Table comparison(List<Training.Result> results) {
        Table table = new Table("init", "train accuracy", "test accuracy", "distinct units", "diagnosis");
        for (Training.Result r : results) {
            table.row(r.init().name(), fixed(100 * r.trainAccuracy(), 2) + "%",
                    fixed(100 * r.testAccuracy(), 2) + "%", Arrays.toString(r.distinctUnits()),
                    Diagnosis.of(r));
        }
        return table;
    }

    /** {@code {"runs": [{"init", "costs": [{"iteration", "cost"}], ...}]}}, an infinite cost as "inf". */
    public static String json(List<Training.Result> results, Map<String, Object> environment) {
        List<Object> runs = new ArrayList<>();
        for (Training.Result r : results) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("init", r.init().name());
            List<Object> costs = new ArrayList<>();
            for (Training.Cost c : r.costs()) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("iteration", c.iteration());
                point.put("cost", Double.isInfinite(c.cost()) ? "inf" : c.cost());
                costs.add(point);
            }
            run.put("costs", costs);
            run.put("train_accuracy", r.trainAccuracy());
            run.put("test_accuracy", r.testAccuracy());
            run.put("distinct_units", r.distinctUnits());
            run.put("diagnosis", Diagnosis.of(r));
            runs.add(run);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runs", runs);
        root.put("environment", environment);
        return Json.pretty(root);
    }

    /** Every file of a {@code train} report folder; {@code svg}: charts also as SVG. */
    public static Map<String, byte[]> files(List<Training.Result> results, Circles train,
                                            Map<String, Object> environment, boolean svg) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Charts.Picture> pictures = new LinkedHashMap<>();
        pictures.put("costs", Charts.single(costs(results)));
        for (Training.Result r : results) {
            pictures.put("boundary-" + stem(r), Charts.single(boundary(r, train)));
        }
        Page page = new Page("actbench train", svg)
                .paragraph("The course notebook: a [2, 10, 5, 1] ReLU/sigmoid classifier on 300 circle "
                        + "points, batch gradient descent, numpy's numbers.")
                .environment(environment).table(comparison(results))
                .image(pictures, "costs", "cost during training");
        for (Training.Result r : results) {
            page.image(pictures, "boundary-" + stem(r), "decision boundary of " + r.init().name());
        }
        page.data("train.json", "train.md");
        files.put("index.html", StatsPage.utf8(page.finish()));
        files.put("train.md", StatsPage.utf8(text(results, View.MARKDOWN)));
        files.put("train.json", StatsPage.utf8(json(results, environment)));
        page.addPictures(files, pictures);
        return files;
    }

    private static String stem(Training.Result r) {
        return r.init().name().replaceAll("[^A-Za-z0-9.]", "_");
    }

    /** The cost every 1000 iterations, one line per initialization (infinite costs left out). */
    static XYChart costs(List<Training.Result> results) {
        XYChart chart = new XYChartBuilder().width(800).height(450).title("cost during training")
                .xAxisTitle("iteration").yAxisTitle("cost").build();
        StatsCharts.style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        for (Training.Result r : results) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Training.Cost c : r.costs()) {
                if (Double.isFinite(c.cost())) {
                    x.add((double) c.iteration());
                    y.add(c.cost());
                }
            }
            if (!x.isEmpty()) {
                Color colour = Charts.COLOURS[results.indexOf(r) % Charts.COLOURS.length];
                XYSeries series = chart.addSeries(r.init().name(), x, y);
                series.setMarker(SeriesMarkers.CIRCLE);
                series.setMarkerColor(colour);
                series.setLineColor(colour);
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no finite cost", new double[] {0}, new double[] {0});
        }
        return chart;
    }

    /** The predicted class over [-1.5, 1.5]^2, with the training points coloured by label. */
    static XYChart boundary(Training.Result r, Circles train) {
        XYChart chart = new XYChartBuilder().width(520).height(560)
                .title("decision boundary: " + r.init().name()).xAxisTitle("x1").yAxisTitle("x2").build();
        StatsCharts.style(chart);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisMin(-1.5).setXAxisMax(1.5).setYAxisMin(-1.5).setYAxisMax(1.5);
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        DecisionGrid predicted = DecisionGrid.of(r.model(), -1.5, 1.5, 80);
        List<List<Double>> grid = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i <= predicted.steps(); i++) {
            for (int j = 0; j <= predicted.steps(); j++) {
                int cls = predicted.classOne()[i][j] ? 1 : 0;
                grid.get(2 * cls).add(predicted.coordinate(i));
                grid.get(2 * cls + 1).add(predicted.coordinate(j));
            }
        }
        add(chart, "predicts 0", grid.get(0), grid.get(1), new Color(255, 205, 205));
        add(chart, "predicts 1", grid.get(2), grid.get(3), new Color(205, 220, 255));
        List<List<Double>> points = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int m = train.size();
        for (int j = 0; j < m; j++) {
            int cls = train.y()[j];
            points.get(2 * cls).add(train.x()[j]);
            points.get(2 * cls + 1).add(train.x()[m + j]);
        }
        add(chart, "red (0)", points.get(0), points.get(1), new Color(200, 30, 30));
        add(chart, "blue (1)", points.get(2), points.get(3), new Color(30, 60, 200));
        return chart;
    }

    private static void add(XYChart chart, String name, List<Double> x, List<Double> y, Color colour) {
        if (!x.isEmpty()) {
            XYSeries series = chart.addSeries(name, x, y);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(colour);
        }
    }

}
