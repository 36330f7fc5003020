package actbench.cli;

import picocli.CommandLine.Option;

/** How a report's charts are written. A picocli mixin of the commands that draw charts. */
final class ChartOptions {

    @Option(names = "--svg",
            description = "Also write every chart as SVG, vector graphics for print and papers (the page "
                    + "links them); PNG only without it. A default stats report's SVGs take 9 MB and about "
                    + "3 seconds.")
    boolean svg;
}
