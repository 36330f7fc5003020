package actbench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads the numpy fixtures written by {@code src/test/python/make_fixtures.py}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Map<String, Object> load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name
                        + ": run python3 src/test/python/make_fixtures.py");
            }
            return JSON.std.mapFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    public static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    public static long integer(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    @SuppressWarnings("unchecked")
    public static double[] doubles(Map<String, Object> map, String key) {
        return ((List<Number>) map.get(key)).stream().mapToDouble(Number::doubleValue).toArray();
    }

    @SuppressWarnings("unchecked")
    public static long[] longs(Map<String, Object> map, String key) {
        return ((List<Number>) map.get(key)).stream().mapToLong(Number::longValue).toArray();
    }
}
