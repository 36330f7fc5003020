package actbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.report.RunRecord;
import com.fasterxml.jackson.jr.ob.JSON;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report folder of a real run: written, linked, readable, and the same numbers everywhere. */
class ReportFilesTest {

    @TempDir
    static Path reports;
    static Path folder;

    private static String[] run(String... args) {
        Invocation result = Invocation.of(args);
        return new String[] {Integer.toString(result.exit()), result.out(), result.err()};
    }

    @BeforeAll
    static void runOnce() {
        String[] result = run("stats", "--out", reports.toString(), "--depth", "4", "--width", "64",
                "--batch", "50", "--measure", "0.2", "--warmup", "0", "--init", "0.01,he", "--no-progress", "--svg");
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        folder = reports.resolve("latest");
    }

    @Test
    void everyFileThePageLinksExistsAndEveryImageIsAPictureOfItsStatedSize() throws Exception {
        String html = Files.readString(folder.resolve("index.html"));
        Matcher links = Pattern.compile("(?:href|src)=\"([^\"#]+)\"").matcher(html);
        List<String> targets = new ArrayList<>();
        while (links.find()) {
            targets.add(links.group(1));
        }
        assertThat(targets).contains("stats.csv", "stats.json", "overview-std.png", "latency.png",
                "tanh-he-histograms.png", "relu-0.01-moments.svg");
        for (String target : targets) {
            assertThat(folder.resolve(target)).as(target).isRegularFile();
        }
        Matcher images = Pattern.compile("<img src=\"([^\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\"").matcher(html);
        int count = 0;
        while (images.find()) {
            BufferedImage image = ImageIO.read(folder.resolve(images.group(1)).toFile());
            assertThat(image).as(images.group(1)).isNotNull();
            assertThat(image.getWidth()).isEqualTo(Integer.parseInt(images.group(2)));
            assertThat(image.getHeight()).isEqualTo(Integer.parseInt(images.group(3)));
            // not blank: a chart has more than a couple of colours
            assertThat(colours(image)).as(images.group(1)).isGreaterThan(4);
            String svg = images.group(1).replace(".png", ".svg");
            assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(folder.resolve(svg).toFile()).getDocumentElement().getTagName()).isEqualTo("svg");
            count++;
        }
        assertThat(count).isEqualTo(2 + 2 * 4); // overview, latency; moments and histograms per run
        assertThat(Files.readString(folder.resolve("latency-tanh-he.hgrm"))).contains("Percentile");
    }

    @Test
    void csvJsonAndTheTablesHoldTheSameNumbers() throws Exception {
        Map<String, Object> json = JSON.std.mapFrom(Files.readString(folder.resolve("stats.json")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) json.get("runs");
        List<String> csv = Files.readAllLines(folder.resolve("stats.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        int std = header.indexOf("std");
        int layer = header.indexOf("layer");
        int checked = 0;
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",", -1);
            int l = Integer.parseInt(cells[layer]);
            Map<String, Object> run = runs.stream()
                    .filter(r -> r.get("activation").equals(cells[0]) && r.get("init").equals(cells[1]))
                    .findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> expected = l == 0 ? (Map<String, Object>) run.get("input_stats")
                    : ((List<Map<String, Object>>) run.get("layers")).get(l - 1);
            assertThat(Double.parseDouble(cells[std]))
                    .isCloseTo(((Number) expected.get("std")).doubleValue(), within(0.0));
            checked++;
        }
        assertThat(checked).isEqualTo(4 * (1 + 4));
        String md = Files.readString(folder.resolve("stats.md"));
        String html = Files.readString(folder.resolve("index.html"));
        @SuppressWarnings("unchecked")
        double layer1 = ((Number) ((List<Map<String, Object>>) runs.get(0).get("layers")).get(0).get("std"))
                .doubleValue();
        String shown = actbench.report.Numbers.sig(layer1);
        assertThat(md).contains(shown);
        assertThat(html).contains(shown);
    }

    @Test
    void theRunRecordReadsBackWhatTheRunWasGivenAndTheCsvRowsCarryIt() throws Exception {
        Map<String, Object> json = JSON.std.mapFrom(Files.readString(folder.resolve("stats.json")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) json.get("runs");
        List<RunRecord> records = runs.stream().map(RunRecord::read).toList();
        assertThat(records).extracting(RunRecord::activation).containsExactly("tanh", "tanh", "relu", "relu");
        assertThat(records).extracting(RunRecord::init).containsExactly("0.01", "he", "0.01", "he");
        assertThat(runs).extracting(run -> run.get("verdict")).containsExactly("vanishes", "stable", "vanishes", "stable");
        RunRecord first = records.get(0);
        assertThat(List.of(first.depth(), first.width(), first.batch(), first.threads()))
                .containsExactly(4, 64, 50, Runtime.getRuntime().availableProcessors());
        assertThat(first.scale()).isEqualTo(0.01);
        assertThat(first.input()).isEqualTo("gaussian");
        assertThat(first.gain()).isEqualTo("1.0");
        assertThat(first.vector()).isEqualTo(((Map<?, ?>) json.get("environment")).get("vector"));
        // the CSV's leading columns are the same record, value for value
        List<String> csv = Files.readAllLines(folder.resolve("stats.csv"));
        assertThat(csv.get(0)).startsWith(String.join(",", RunRecord.columns()) + ",layer,");
        String expected = records.get(3).toMap().values().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
        assertThat(csv.get(csv.size() - 1)).startsWith(expected + ",4,");
    }

    @Test
    void theReaderNamesWhatIsMissing() {
        Map<String, Object> run = new java.util.LinkedHashMap<>(Map.of("activation", "tanh"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunRecord.read(run))
                .hasMessage("init missing");
        run.put("init", 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunRecord.read(run))
                .hasMessage("init is not text: 3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sixteenBitRunsReportTheUnderflowEverywhereAndOtherRunsDoNot() throws Exception {
        Path other = Files.createTempDirectory("f16");
        String[] made = run("stats", "--out", other.toString(), "--depth", "9", "--width", "64",
                "--batch", "50", "--measure", "0", "--init", "0.01", "--activation", "tanh", "--precision", "f16",
                "--no-progress");
        assertThat(made[0]).as(made[2]).isEqualTo("0");
        assertThat(made[1].lines().filter(line -> line.strip().startsWith("layer")))
                .allMatch(line -> line.strip().endsWith("underflow"));
        assertThat(made[1]).contains("underflows from layer");
        Path f16 = other.resolve("latest");
        Map<String, Object> run = ((List<Map<String, Object>>) JSON.std.mapFrom(
                Files.readString(f16.resolve("stats.json"))).get("runs")).get(0);
        assertThat(run.get("precision")).isEqualTo("f16");
        assertThat(run.get("verdict").toString()).startsWith("underflows from layer");
        assertThat((Map<String, Object>) run.get("input_stats")).containsKey("underflow");
        List<Map<String, Object>> layers = (List<Map<String, Object>>) run.get("layers");
        // width 64: the std shrinks 12x a layer, so the values sink into subnormals, then to exact zeros
        assertThat(layers).anyMatch(layer -> ((Number) layer.get("underflow")).doubleValue() > 0.5);
        assertThat(((Number) layers.get(0).get("underflow")).doubleValue()).isLessThan(0.5);
        List<String> csv = Files.readAllLines(f16.resolve("stats.csv"));
        assertThat(csv.get(0)).endsWith(",underflow");
        assertThat(csv.get(1).split(",", -1)).hasSameSizeAs(csv.get(0).split(",", -1));
        assertThat(Files.readString(f16.resolve("stats.md"))).contains("underflow");
        // without --svg: PNG only, each image linked to itself
        try (java.util.stream.Stream<Path> written = Files.list(f16)) {
            assertThat(written.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".svg"))
                    .contains("tanh-0.01-histograms.png");
        }
        assertThat(Files.readString(f16.resolve("index.html")))
                .contains("<a href=\"tanh-0.01-moments.png\"><img src=\"tanh-0.01-moments.png\"")
                .doesNotContain(".svg");

        assertThat(Files.readString(folder.resolve("stats.json"))).doesNotContain("underflow");
        assertThat(Files.readString(folder.resolve("stats.csv"))).doesNotContain("underflow");
    }

    @Test
    void compareSaysFirstWhichSettingsDifferAndRefusesBrokenRecords() throws Exception {
        Path other = Files.createTempDirectory("other");
        String[] made = run("stats", "--out", other.toString(), "--depth", "4", "--width", "64",
                "--batch", "50", "--measure", "0", "--init", "0.01,he", "--precision", "f64",
                "--input", "uniform", "--no-progress");
        assertThat(made[0]).as(made[2]).isEqualTo("0");
        String[] result = run("compare", folder.toString(), other.resolve("latest").toString());
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        assertThat(result[1].lines().skip(1).findFirst().orElseThrow())
                .startsWith("settings differ (A / B): ").contains("input (gaussian / uniform)")
                .contains("precision (f32 / f64)");

        Path corrupt = Files.createTempDirectory("corrupt");
        Files.writeString(corrupt.resolve("stats.json"), "{\"runs\": [NaN]}");
        String[] unreadable = run("compare", folder.toString(), corrupt.toString());
        assertThat(unreadable[0]).isEqualTo("2");
        assertThat(unreadable[2]).contains("is not valid JSON (line 1, column").doesNotContain("JsonReadFeature");

        Path broken = Files.createTempDirectory("broken");
        String text = Files.readString(other.resolve("latest").resolve("stats.json"));
        Files.writeString(broken.resolve("stats.json"), text.replaceFirst("\"layers\" : \\[", "\"layers\" : null, \"x\" : ["));
        String[] refused = run("compare", folder.toString(), broken.toString());
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[1]).isEmpty();
        assertThat(refused[2].strip()).contains("stats.json: run 1: layers missing or not 4 layers").doesNotContain("Exception")
                .hasLineCount(1);
    }

    @Test
    void comparingARunWithItselfShowsNoDifference() {
        String[] result = run("compare", folder.toString(), folder.toString());
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        for (String line : result[1].lines().toList()) {
            if (line.matches("\\s+\\d+\\s.*")) {
                String[] cells = line.trim().split("\\s+");
                assertThat(cells[3]).as(line).isEqualTo("0");
                assertThat(cells[6]).as(line).isEqualTo("0");
            }
        }
        assertThat(result[1]).contains("1.000x");
    }

    @Test
    void comparingRunsOfDifferentShapesIsRefused() throws Exception {
        Path other = Files.createTempDirectory("other");
        String[] made = run("stats", "--out", other.toString(), "--depth", "3", "--width", "64",
                "--batch", "50", "--measure", "0", "--init", "0.01,he");
        assertThat(made[0]).isEqualTo("0");
        String[] result = run("compare", folder.toString(), other.resolve("latest").toString());
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[2]).contains("not comparable").contains("depth");
        assertThat(run("compare", folder.toString(), "/nonexistent")[0]).isEqualTo("2");
    }

    /** The page as a browser sees it: Debian's Chromium, headless, from the file system. */
    @Test
    void thePageRendersInAHeadlessBrowserWithAllItsContent() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(chromium),
                "Chromium not installed (.ci/run installs it)");
        Path profile = Files.createTempDirectory("chromium");
        Path shot = profile.resolve("page.png");
        String url = folder.resolve("index.html").toRealPath().toUri().toString();
        List<String> flags = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile);
        List<String> dump = new ArrayList<>(List.of(chromium.toString()));
        dump.addAll(flags);
        dump.addAll(List.of("--dump-dom", url));
        Process process = new ProcessBuilder(dump).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String html = Files.readString(folder.resolve("index.html"));
        assertThat(dom).contains("actbench stats", "Summary", "tanh / he", "relu / 0.01");
        assertThat(dom.split("<img", -1).length).isEqualTo(html.split("<img", -1).length);
        assertThat(dom.split("<tr>", -1).length).isEqualTo(html.split("<tr>", -1).length);

        List<String> screenshot = new ArrayList<>(List.of(chromium.toString()));
        screenshot.addAll(flags);
        screenshot.addAll(List.of("--window-size=1200,2000", "--screenshot=" + shot, url));
        Process shooter = new ProcessBuilder(screenshot).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(shooter.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        BufferedImage page = ImageIO.read(shot.toFile());
        assertThat(page.getWidth()).isEqualTo(1200);
        assertThat(colours(page)).as("charts drawn, not a blank page").isGreaterThan(20);
    }

    private static int colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
