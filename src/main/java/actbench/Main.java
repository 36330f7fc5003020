package actbench;

import actbench.cli.Cli;

/** Entry point: {@code java --add-modules jdk.incubator.vector -jar actbench.jar [command] [options]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err));
    }
}
