package actbench.report;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;

/** How every JSON view is written: pretty, nulls kept (a missing measurement is explicit), newline-ended. */
final class Json {

    private static final JSON WRITER = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT,
            JSON.Feature.WRITE_NULL_PROPERTIES);

    private Json() {
    }

    static String pretty(Object document) {
        try {
            return WRITER.asString(document) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
