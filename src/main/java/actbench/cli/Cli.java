package actbench.cli;

import actbench.report.Environment;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code actbench [stats|...] [options]}, where no command means {@code stats}.
 * Bad input ends with one line on stderr naming the option and what is allowed, and exit code 2.
 */
@Command(name = "actbench", mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "How weight initialization shapes the activations of deep networks, "
                + "and how fast a JVM computes them.%nWithout a command, runs 'stats'.")
public final class Cli {

    /** The commands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(StatsCommand.class, SweepCommand.class, BenchCommand.class,
            JobCommand.class, TrainCommand.class, CompareCommand.class);

    /** Exit code for bad input, as picocli's usage errors. */
    public static final int USAGE = 2;
    /** Exit code for an unexpected failure. */
    public static final int FAILURE = 1;

    /** Help and version: the options that run no command. */
    static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Cli() {
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] withCommand = withDefaultCommand(args);
        EarlyWarmup.start(withCommand);
        CommandLine cli = commandLine(withCommand[0]);
        cli.setOverwrittenOptionsAllowed(true); // the last value wins, as scripts expect
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, arguments) -> usageError(cli, e.getMessage() + suggestion(e, arguments)));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof CommandLine.ParameterException) {
                return usageError(cli, e.getMessage());
            }
            return failure(cli, e, withCommand[0]);
        });
        int exit;
        try {
            exit = cli.execute(withCommand);
        } catch (OutOfMemoryError e) {
            exit = failure(cli, e, withCommand[0]);
        }
        // PrintStream and PrintWriter swallow write errors: a full disk would pass for success
        if (cli.getOut().checkError()) {
            cli.getErr().println("actbench: failed: could not write all of standard output "
                    + "(disk full, or its reader went away)");
            return exit == 0 ? FAILURE : exit;
        }
        return exit;
    }

    /**
     * The command line with the command {@code first} names, or with all of them and {@code help}
     * when it names none (root help, a typo to suggest for). picocli reflects on a command's whole
     * option tree, and the classes it names, when the command is added: all six cost a cold start
     * about 0.3 s, on the same two cores as the warm-up.
     */
    static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(Cli.class);
        List<Class<?>> named = COMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(first)).toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            cli.addSubcommand(command);
        }
        if (named.isEmpty()) {
            cli.addSubcommand(new CommandLine.HelpCommand());
        }
        return cli;
    }

    /** One line in the user's words; the trace only for developers (ACTBENCH_DEBUG=1). */
    private static int failure(CommandLine cli, Throwable e, String command) {
        cli.getErr().println("actbench: failed: " + Failures.describe(e, command));
        if (Failures.debug()) {
            e.printStackTrace(cli.getErr());
        }
        return FAILURE;
    }

    /**
     * picocli's nearest names for a typo ({@code stat}, {@code --inti}), as "did you mean ...?";
     * or, for a word left over after a value ending in a comma, that lists take no spaces.
     */
    static String suggestion(CommandLine.ParameterException e, String[] arguments) {
        if (e instanceof CommandLine.UnmatchedArgumentException
                && Arrays.stream(arguments).anyMatch(a -> a.endsWith(",") && !a.startsWith("-"))) {
            return "; lists take no spaces after their commas (write tanh,relu)";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            List<String> names = unmatched.getSuggestions().stream().limit(3).toList();
            return "; did you mean " + String.join(" or ", names) + "?";
        }
        return "";
    }

    private static int usageError(CommandLine cli, String message) {
        String line = message.replace(System.lineSeparator(), " ").replace('\n', ' ').trim();
        cli.getErr().println("actbench: " + line + " (see --help)");
        return USAGE;
    }

    /** No command, or options first, means {@code stats}. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || ROOT_OPTIONS.contains(args[0]))) {
            return args;
        }
        String[] withStats = new String[args.length + 1];
        withStats[0] = "stats";
        System.arraycopy(args, 0, withStats, 1, args.length);
        return withStats;
    }

    /** Reports the version from the jar's properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"actbench " + Environment.actbenchVersion(),
                    "JVM " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
