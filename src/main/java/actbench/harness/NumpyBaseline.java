package actbench.harness;

import actbench.matrix.Shape;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * numpy/OpenBLAS on the same shapes, in the same run, as the reference the kernels are compared
 * with. Runs {@code python3} once per thread count with {@code OPENBLAS_NUM_THREADS} set, and with
 * {@code OPENBLAS_CORETYPE} and {@code OPENBLAS_L2_SIZE} removed for that command only: some of
 * these machines set them to slower generic kernels.
 */
public final class NumpyBaseline {

    /** numpy's results for one thread count, or why there are none. */
    public record Result(int threads, Map<String, Object> document, String unavailable) {
    }

    private NumpyBaseline() {
    }

    public static Result run(List<Shape> shapes, List<String> precisions, int threads, double seconds) {
        try {
            return measure(shapes, precisions, threads, seconds);
        } catch (IOException e) {
            return new Result(threads, null, "python3 not found (" + e.getMessage() + ")");
        }
    }

    /**
     * Below this speed-up over one thread on the largest product, a run on several threads most
     * likely met a busy core: numpy/OpenBLAS makes 1.7-2.0x of its one-thread speed on two cores
     * here (1000x500x500), and 1.00-1.03x in a run on 2026-12-01 whose second core was taken.
     */
    static final double MIN_SPEEDUP = 1.3;

    /**
     * numpy on {@code threads} threads, after {@code one} (its one-thread run): when its largest
     * product made less than {@link #MIN_SPEEDUP} times {@code one}'s speed, it is measured again
     * and the faster run kept, marked {@code measured_twice}; {@code say} hears why first.
     */
    public static Result runBeside(Result one, List<Shape> shapes, List<String> precisions, int threads,
                                   double seconds, Consumer<String> say) {
        Result many = run(shapes, precisions, threads, seconds);
        double speedup = speedup(one, many);
        if (!(speedup < MIN_SPEEDUP)) {
            return many;
        }
        String why = String.format(Locale.ROOT, "on %d threads numpy ran its largest product at %.2fx its "
                + "one-thread speed (a busy core?): measured again, the faster run kept", threads, speedup);
        say.accept(why);
        return faster(many, run(shapes, precisions, threads, seconds), why);
    }

    /**
     * How many times as fast {@code many} (several threads) ran its largest product as {@code one}
     * (a single thread), the smallest over the precisions; NaN when either has no numbers.
     */
    static double speedup(Result one, Result many) {
        double least = Double.NaN;
        for (Map<String, Object> row : largest(many)) {
            double ratio = number(row, "gflops") / gflops(largest(one), row.get("precision"));
            if (!Double.isNaN(ratio) && (Double.isNaN(least) || ratio < least)) {
                least = ratio;
            }
        }
        return least;
    }

    /**
     * Of two runs on the same threads, the one whose largest products ran faster (summed over the
     * precisions), marked as measured twice with {@code why}, so that reports can say so.
     */
    static Result faster(Result first, Result second, String why) {
        Result kept = total(second) > total(first) ? second : first;
        if (kept.document() == null) {
            return kept;
        }
        Map<String, Object> document = new LinkedHashMap<>(kept.document());
        document.put("measured_twice", why);
        return new Result(kept.threads(), document, null);
    }

    private static double total(Result result) {
        return largest(result).stream().mapToDouble(row -> number(row, "gflops")).sum();
    }

    private static double gflops(List<Map<String, Object>> rows, Object precision) {
        return rows.stream().filter(row -> row.get("precision").equals(precision))
                .mapToDouble(row -> number(row, "gflops")).findFirst().orElse(Double.NaN);
    }

    /** The matmul rows of the largest shape (m * k * n), one per precision; none without numbers. */
    private static List<Map<String, Object>> largest(Result result) {
        if (result.document() == null) {
            return List.of();
        }
        double most = 0;
        List<Map<String, Object>> largest = new ArrayList<>();
        for (Map<String, Object> row : rows(result.document(), "matmul")) {
            double size = number(row, "m") * number(row, "k") * number(row, "n");
            if (size > most) {
                most = size;
                largest.clear();
            }
            if (size == most) {
                largest.add(row);
            }
        }
        return largest;
    }

    /** The list of rows under {@code key} in a baseline's answer ({@code matmul}, {@code forward}), or none. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> document, String key) {
        Object rows = document.get(key);
        return rows instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** A number of a baseline's row. */
    static double number(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }

    private static Result measure(List<Shape> shapes, List<String> precisions, int threads,
                                  double seconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("python3", "-c", script());
        Map<String, String> env = withoutOpenBlasOverrides(builder).environment();
        for (String name : List.of("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")) {
            env.put(name, Integer.toString(threads));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        List<List<Integer>> shapeList = new ArrayList<>();
        for (Shape s : shapes) {
            shapeList.add(List.of(s.m(), s.k(), s.n()));
        }
        request.put("shapes", shapeList);
        request.put("precisions", precisions);
        request.put("forward", true);
        request.put("seconds", seconds);
        return exchange(builder, JSON.std.asBytes(request), threads, TimeUnit.MINUTES.toMillis(10));
    }

    /**
     * Sends {@code request} to the process on stdin and reads its JSON answer from stdout. stderr
     * goes to a file and stdout is read on another thread, so a process that writes more than a
     * pipe holds to either cannot block us, and the timeout always fires.
     */
    static Result exchange(ProcessBuilder builder, byte[] request, int threads, long timeoutMillis)
            throws IOException {
        Path errors = Files.createTempFile("actbench-numpy-", ".err");
        Process python = null;
        try {
            python = builder.redirectError(errors.toFile()).start();
            Process started = python;
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
                try (InputStream stdout = started.getInputStream()) {
                    return stdout.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try (OutputStream in = python.getOutputStream()) {
                in.write(request);
            } catch (IOException e) {
                // the process ended without reading its request: its exit code and stderr say why
            }
            if (!python.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                python.destroyForcibly();
                return new Result(threads, null, "numpy baseline timed out after " + timeoutMillis / 1000 + " s");
            }
            if (python.exitValue() != 0) {
                String why = Files.readString(errors, StandardCharsets.UTF_8).strip();
                String last = why.isEmpty() ? "exit " + python.exitValue() : why.substring(why.lastIndexOf('\n') + 1);
                return new Result(threads, null, "numpy baseline failed: " + last);
            }
            return new Result(threads, JSON.std.mapFrom(new String(out.join(), StandardCharsets.UTF_8)), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            python.destroyForcibly();
            return new Result(threads, null, "interrupted");
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /**
     * {@code builder} with {@code OPENBLAS_CORETYPE} and {@code OPENBLAS_L2_SIZE} removed from its
     * environment, so numpy runs OpenBLAS's own kernels for this CPU as a user's numpy does (some
     * of these machines set slower ones); for that command only, never for tests.
     */
    static ProcessBuilder withoutOpenBlasOverrides(ProcessBuilder builder) {
        OPENBLAS_OVERRIDES.forEach(builder.environment()::remove);
        return builder;
    }

    /** Variables that make OpenBLAS run other kernels than its own choice for this CPU. */
    static final List<String> OPENBLAS_OVERRIDES = List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE");

    private static String script() throws IOException {
        try (InputStream in = NumpyBaseline.class.getResourceAsStream("numpy_baseline.py")) {
            if (in == null) {
                throw new IOException("numpy_baseline.py missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
