package actbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A table of already formatted cells, rendered for a terminal or as Markdown. */
public final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = List.of(headers);
    }

    public Table row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** Rows added so far, headers not counted. */
    public int rows() {
        return rows.size();
    }

    /**
     * Columns aligned with spaces: numbers to the right, so their digits line up; the first column
     * and any column of words (a verdict, a diagnosis, a mix of names and numbers) to the left.
     */
    public String text() {
        int[] widths = widths();
        boolean[] left = left();
        StringBuilder out = new StringBuilder();
        line(out, headers, widths, left);
        for (List<String> row : rows) {
            line(out, row, widths, left);
        }
        return out.toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        for (boolean leftAligned : left()) {
            out.append(leftAligned ? "---|" : "---:|");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }

    /** An HTML table; cells are escaped. */
    public String html() {
        boolean[] left = left();
        StringBuilder out = new StringBuilder("<table>\n<thead><tr>");
        for (int c = 0; c < headers.size(); c++) {
            out.append(left[c] ? "<th class=\"text\">" : "<th>").append(escape(headers.get(c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.append(left[c] ? "<td class=\"text\">" : "<td>").append(escape(row.get(c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private int[] widths() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        return widths;
    }

    /**
     * A number: digits with a sign, point, exponent, %, x or a unit after. "-", "overflow" and an
     * empty cell stand in for a number a layer does not have, so they keep a column of numbers
     * aligned as numbers.
     */
    private static final Pattern NUMBER = Pattern.compile("|-|overflow|[-+]?(\\d|\\.\\d|inf|nan).*",
            Pattern.CASE_INSENSITIVE);

    /** Per column: the first, and any with a cell that is not a number, align left (one pass over the cells). */
    private boolean[] left() {
        boolean[] left = new boolean[headers.size()];
        left[0] = true;
        for (List<String> row : rows) {
            for (int c = 1; c < left.length; c++) {
                if (!left[c] && !NUMBER.matcher(row.get(c)).matches()) {
                    left[c] = true;
                }
            }
        }
        return left;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] left) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(left[c] ? "  " + cell + pad : "  " + pad + cell);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
