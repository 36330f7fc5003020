package actbench.cli;

import java.util.Locale;

/**
 * Refuses, before anything is allocated, a run whose buffers do not fit the JVM's heap: one rule
 * and one message for every command, with the same numbers in the test and in the sentence.
 */
final class HeapCheck {

    /** Room beyond the run's own buffers: a quarter more, and 64 MiB for the JVM, reports and garbage. */
    static long withHeadroom(long buffers) {
        return buffers + buffers / 4 + (64L << 20);
    }

    private HeapCheck() {
    }

    /**
     * @param buffers   bytes of the run's buffers and results
     * @param available the JVM's maximum heap
     * @param options   the options that set the size, e.g. {@code --batch, --width}
     */
    static void require(Checks checks, long buffers, long available, String options) {
        long needed = withHeadroom(buffers);
        if (needed <= available) {
            return;
        }
        long suggestion = (needed + (1L << 30) - 1) >> 30;
        throw checks.usage(String.format(Locale.ROOT, "the run needs about %s of heap (%s for buffers and "
                        + "results set by %s, plus room for the JVM) and the JVM has %s: give it more with "
                        + "JAVA_OPTS=-Xmx%dg ./run.sh ..., or make %s smaller",
                size(needed), size(buffers), options, size(available), suggestion, options));
    }

    /** MiB below 10 GiB, so two sizes that differ never print the same. */
    static String size(long bytes) {
        return bytes < (10L << 30) ? String.format(Locale.ROOT, "%d MiB", (bytes + (1L << 20) - 1) >> 20)
                : String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}
