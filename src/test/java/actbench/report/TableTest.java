package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableTest {

    private static Table table() {
        return new Table("init", "std L1", "share", "verdict")
                .row("0.01", "0.213232", "48%", "vanishes")
                .row("xavier", "-", "0.5%", "overflows at layer 3");
    }

    /** Numbers line up on the right; words (and the first column) read from the left. */
    @Test
    void numbersAlignRightAndWordsLeft() {
        assertThat(table().text()).isEqualTo(""
                + "  init      std L1  share  verdict\n"
                + "  0.01    0.213232    48%  vanishes\n"
                + "  xavier         -   0.5%  overflows at layer 3\n");
        assertThat(table().markdown()).contains("|---|---:|---:|---|");
        assertThat(table().html()).contains("<th class=\"text\">verdict</th>").contains("<td>0.213232</td>")
                .contains("<td class=\"text\">vanishes</td>");
    }

    /** An overflowed layer's cells ("overflow", empty) leave a column of numbers aligned as numbers. */
    @Test
    void overflowAndEmptyCellsKeepNumbersRightAligned() {
        Table table = new Table("layer", "mean", "min", "verdict")
                .row("1", "8.90335", "0", "explodes")
                .row("4", "overflow", "", "overflows at layer 4");
        assertThat(table.text()).isEqualTo(""
                + "  layer      mean  min  verdict\n"
                + "  1       8.90335    0  explodes\n"
                + "  4      overflow       overflows at layer 4\n");
    }
}
