package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import actbench.harness.BenchResults;
import actbench.harness.BenchResults.ElementwiseRow;
import actbench.harness.BenchResults.PairedRow;
import actbench.harness.NumpyBaseline;
import actbench.matrix.Shape;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTablesTest {

    /** Ours 12 ms against OpenBLAS's 8 in every pair: 0.67x, in the tables and in the JSON. */
    @Test
    void pairedRowsAreATableOfTheirOwnAndAJsonList() throws IOException {
        PairedRow row = PairedRow.of("vector-packed", "f32", 2, Shape.parse("1000x500x500"), 100, 100 * 12e6,
                100 * 8e6, 100 * Math.log(12.0 / 8));
        BenchResults results = new BenchResults(List.of(), Map.of("f32", 91.0), List.of(), List.of(), List.of(row),
                List.of(), Map.of());

        String text = BenchTables.text(results, "stamp");
        assertThat(text).contains("Paired with native OpenBLAS").contains(BenchTables.PAIRED_NOTE);
        assertThat(text.lines().map(String::strip).filter(line -> line.startsWith("vector-packed")).toList())
                .singleElement().satisfies(line -> assertThat(line.split("\\s+")).containsExactly("vector-packed", "f32", "2",
                        "1000x500x500", "100", "12.00", "8.00", "0.67x"));
        assertThat(BenchTables.markdown(results, "stamp")).contains("## Paired with native OpenBLAS");

        Map<String, Object> json = JSON.std.mapFrom(BenchTables.json(results, Map.of()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> paired = (List<Map<String, Object>>) json.get("paired");
        assertThat(paired).singleElement().satisfies(map -> {
            assertThat(map).containsEntry("kernel", "vector-packed").containsEntry("threads", 2)
                    .containsEntry("pairs", 100);
            assertThat(((Number) map.get("x_openblas")).doubleValue()).isBetween(0.666, 0.667);
        });
    }

    /** The activation and statistics rows: a table of their own, and a JSON list. */
    @Test
    void elementwiseRowsAreATableAndAJsonList() throws IOException {
        BenchResults results = new BenchResults(List.of(), Map.of("f32", 91.0), List.of(),
                List.of(new ElementwiseRow("vectorTanh", "f32", 123.45, 1.5),
                        new ElementwiseRow("vectorStatistics", "f64", 834.0, 20.25)),
                List.of(), List.of(), Map.of());

        String text = BenchTables.text(results, "stamp");
        assertThat(text).contains("Activations and statistics (500k values)");
        assertThat(text.lines().map(String::strip).filter(line -> line.startsWith("vector")).toList())
                .containsExactly("vectorTanh        f32        123.5   1.5", "vectorStatistics  f64        834.0  20.3");

        Map<String, Object> json = JSON.std.mapFrom(BenchTables.json(results, Map.of()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("elementwise");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsEntry("method", "vectorStatistics").containsEntry("precision", "f64")
                .containsEntry("us", 834.0).containsEntry("us_error", 20.25);
    }

    /** A baseline measured twice (a busy core the first time) says so on its line and in the JSON. */
    @Test
    void aBaselineMeasuredTwiceSaysSo() throws IOException {
        NumpyBaseline.Result twice = new NumpyBaseline.Result(2, Map.of("numpy", "2.4.6", "blas", "OpenBLAS",
                "kernels", "Haswell", "matmul", List.of(), "measured_twice", "measured again, the faster run kept"), null);
        BenchResults results = new BenchResults(List.of(), Map.of("f32", 91.0), List.of(), List.of(), List.of(),
                List.of(twice), Map.of());

        assertThat(BenchTables.text(results, "stamp").lines().filter(line -> line.startsWith("numpy baseline, 2")))
                .singleElement().asString().endsWith("; measured again, the faster run kept");
        Map<String, Object> json = JSON.std.mapFrom(BenchTables.json(results, Map.of()));
        assertThat(json.get("numpy").toString()).contains("measured_twice");
    }
}
