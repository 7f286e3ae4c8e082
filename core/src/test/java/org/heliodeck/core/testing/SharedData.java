package org.heliodeck.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real mission data kept beside the repository in {@code ../shared/data}.
 *
 * <p>The data is not copied into the repository; a test that needs it calls {@link #file} and is
 * skipped, with the path it looked for, where the data is absent. CI always has it.
 */
public final class SharedData {

    private SharedData() {}

    /** The {@code shared/data} directory, or null when it cannot be found. */
    public static Path root() {
        String configured = System.getProperty("heliodeck.shared.data");
        if (configured != null) {
            return Files.isDirectory(Path.of(configured)) ? Path.of(configured) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A file under {@code shared/data}; skips the calling test when it is absent. */
    public static Path file(String relative) {
        Path root = root();
        assumeTrue(root != null, "../shared/data not found beside the repository: test skipped");
        Path file = root.resolve(relative);
        assumeTrue(Files.isReadable(file), () -> file + " is absent: test skipped");
        return file;
    }
}
