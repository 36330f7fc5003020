package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

    /** A report is for sharing: its folder gets the permissions mkdir gives under the user's umask, not 0700. */
    @Test
    void aPublishedFolderHasThePermissionsOfAnyNewFolder(@TempDir Path root) throws IOException {
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createDirectory(root.resolve("plain")));
        Path published;
        try (ReportFolder folder = ReportFolder.begin(root.resolve("reports"))) {
            folder.write("stats.md", "# a table\n");
            published = folder.publish();
        }
        assertThat(Files.getPosixFilePermissions(published)).isEqualTo(usual);
        assertThat(Files.readString(published.resolve("stats.md"))).isEqualTo("# a table\n");
    }

    @Test
    void twoReportsOfOneProcessGetTwoFolders(@TempDir Path root) throws IOException {
        try (ReportFolder first = ReportFolder.begin(root); ReportFolder second = ReportFolder.begin(root)) {
            first.write("a", "1");
            second.write("a", "2");
            assertThat(first.publish()).isNotEqualTo(second.publish());
        }
    }
}
