package actbench.report;

import java.util.Map;

/**
 * A static HTML page that opens from the file system: no scripts, no network, images linked to
 * their SVG for print when the report has SVGs ({@code --svg}), to themselves otherwise. Every
 * report folder's {@code index.html} and its pictures' files are built with it.
 */
final class Page {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;max-width:1400px;"
            + "color:#222}table{border-collapse:collapse;margin:.5em 0 1em}td,th{padding:.2em .7em;"
            + "border-bottom:1px solid #ddd;text-align:right;font-variant-numeric:tabular-nums}"
            + "td:first-child,th:first-child,.text{text-align:left}img{max-width:100%;height:auto}"
            + ".stamp{font-size:.9em;color:#555}";

    private final StringBuilder html = new StringBuilder();
    /** Whether the pictures are also written as SVG. */
    private final boolean svg;

    Page(String title, boolean svg) {
        this.svg = svg;
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Table.escape(title)).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(Table.escape(title)).append("</h1>\n");
    }

    Page paragraph(String text) {
        html.append("<p>").append(Table.escape(text)).append("</p>\n");
        return this;
    }

    /** Markup written as it is: only for HTML this code built (links, tables). */
    Page markup(String fragment) {
        html.append(fragment);
        return this;
    }

    Page heading(String text, String id) {
        html.append("<h2").append(id == null ? "" : " id=\"" + id + "\"").append('>')
                .append(Table.escape(text)).append("</h2>\n");
        return this;
    }

    /** The environment stamp as a list of key: value. */
    Page environment(Map<String, Object> environment) {
        html.append("<ul class=\"stamp\">\n");
        environment.forEach((key, value) -> html.append("<li>").append(Table.escape(key)).append(": ")
                .append(Table.escape(String.valueOf(value))).append("</li>\n"));
        html.append("</ul>\n");
        return this;
    }

    Page table(Table table) {
        html.append(table.html());
        return this;
    }

    /** The PNG at its size, linked to the SVG beside it if any; nothing if the picture does not exist. */
    Page image(Map<String, Charts.Picture> pictures, String stem, String alt) {
        Charts.Picture picture = pictures.get(stem);
        if (picture != null) {
            html.append("<p><a href=\"").append(stem).append(svg ? ".svg" : ".png").append("\"><img src=\"").append(stem)
                    .append(".png\" width=\"").append(picture.width()).append("\" height=\"")
                    .append(picture.height()).append("\" alt=\"").append(Table.escape(alt))
                    .append("\"></a></p>\n");
        }
        return this;
    }

    /** Links to data files, as one line. */
    Page data(String... files) {
        html.append("<p>Data:");
        for (String file : files) {
            html.append(" <a href=\"").append(file).append("\">").append(file).append("</a>");
        }
        html.append("</p>\n");
        return this;
    }

    String finish() {
        return html.append("</body>\n</html>\n").toString();
    }

    /** Every picture as {@code stem.png}, and {@code stem.svg} if the page has SVGs. */
    void addPictures(Map<String, byte[]> files, Map<String, Charts.Picture> pictures) {
        pictures.forEach((stem, picture) -> {
            files.put(stem + ".png", picture.png());
            if (svg) {
                files.put(stem + ".svg", picture.svg());
            }
        });
    }
}
