package actbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A report folder that appears complete or not at all: files are written into a hidden temporary
 * folder under the reports root, which is renamed to {@code <timestamp>} when done, and then
 * {@code latest} is pointed at it. An interrupted run leaves nothing behind: the shutdown hook
 * removes its hidden folder, and a run killed outright leaves one named after its process, which
 * the next run removes.
 */
public final class ReportFolder implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private final Path root;
    private final Path temporary;
    private final Thread cleanup;
    private Path published;
    private String latestWarning;

    private ReportFolder(Path root, Path temporary) {
        this.root = root;
        this.temporary = temporary;
        this.cleanup = new Thread(this::discard, "actbench-report-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Starts a report under {@code root}, creating it if needed.
     *
     * @throws IOException if {@code root} cannot be created or written
     */
    public static ReportFolder begin(Path root) throws IOException {
        Files.createDirectories(root);
        removeAbandoned(root);
        return new ReportFolder(root, createIncomplete(root));
    }

    private static final AtomicInteger STARTED = new AtomicInteger();

    /**
     * A new hidden folder named after this process. Not {@code Files.createTempDirectory}: it makes
     * the folder readable by its owner only, and a report is for sharing, so the user's umask
     * decides, as for {@code mkdir}.
     */
    private static Path createIncomplete(Path root) throws IOException {
        String prefix = ".incomplete-" + ProcessHandle.current().pid() + "-";
        while (true) {
            try {
                return Files.createDirectory(root.resolve(prefix + STARTED.incrementAndGet()));
            } catch (FileAlreadyExistsException e) {
                // left by an earlier process that had this pid and was killed: take the next number
            }
        }
    }

    private static final Pattern OWNED = Pattern.compile("\\.(?:incomplete|latest)-(\\d+)(?:-.*)?");

    /**
     * Removes what runs killed outright ({@code kill -9}, a power cut) left behind: hidden folders
     * and links named after a process that no longer exists. A running process's own are kept.
     */
    static void removeAbandoned(Path root) {
        try (Stream<Path> entries = Files.list(root)) {
            entries.forEach(entry -> {
                Matcher owner = OWNED.matcher(entry.getFileName().toString());
                if (owner.matches() && ProcessHandle.of(Long.parseLong(owner.group(1))).isEmpty()) {
                    delete(entry);
                }
            });
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // best effort: what cannot be removed now will be tried again by the next run
        }
    }

    /** Removes a folder with what it holds, or a file or link (walk does not follow links). */
    private static void delete(Path path) {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }

    public void write(String name, String content) {
        write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String name, byte[] content) {
        try {
            Files.write(temporary.resolve(name), content);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : e.getMessage();
            throw new UncheckedIOException("cannot write " + root.resolve(name) + ": " + reason, e);
        }
    }

    /** Renames the folder to its final name and points {@code latest} at it; returns the folder. */
    public Path publish() throws IOException {
        String stamp = LocalDateTime.now().format(STAMP);
        for (int attempt = 1; published == null; attempt++) {
            Path target = root.resolve(attempt == 1 ? stamp : stamp + "-" + attempt);
            try {
                // Two runs in the same second: the rename fails for the second, which takes "-2".
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                published = target;
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                if (Files.exists(target)) {
                    continue;
                }
                throw e;
            }
        }
        latestWarning = pointLatestAt(published);
        return published;
    }

    /** Why {@code latest} was left alone by {@link #publish}, or null when it points at the report. */
    public String latestWarning() {
        return latestWarning;
    }

    /**
     * Points {@code latest} at the report, unless {@code latest} is something actbench did not
     * make (a file or folder of the user's): that is never replaced. Returns why it was left alone.
     */
    private String pointLatestAt(Path target) throws IOException {
        Path link = root.resolve("latest");
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            return link + " is not a link actbench made: left as it is, not pointed at the new report";
        }
        Path fresh = root.resolve(".latest-" + ProcessHandle.current().pid());
        Files.deleteIfExists(fresh);
        Files.createSymbolicLink(fresh, target.getFileName());
        try {
            Files.move(fresh, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, link, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(fresh);
        }
        return null;
    }

    /** Removes the temporary folder if the report was never published. */
    private void discard() {
        if (published != null || !Files.exists(temporary)) {
            return;
        }
        delete(temporary);
    }

    @Override
    public void close() {
        discard();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }
}
