package actbench.report;

/** How a report is written: aligned text for a terminal, or Markdown (the .md files, {@code --format markdown}). */
public enum View {
    TEXT, MARKDOWN;

    public boolean isMarkdown() {
        return this == MARKDOWN;
    }

    /** {@code table} in this view. */
    public String table(Table table) {
        return isMarkdown() ? table.markdown() : table.text();
    }

    /** A section's heading and the line break after it: {@code ## title} and a blank line in Markdown. */
    public String heading(String title) {
        return isMarkdown() ? "## " + title + "\n\n" : title + "\n";
    }
}
