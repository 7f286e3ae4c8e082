package org.heliodeck.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/data beside the repository, where the real mission data used by benchmarks lives. */
final class SharedDataLocator {

    private SharedDataLocator() {}

    static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve(relative);
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isReadable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/data/" + relative + " not found beside the repository: run from the repository");
    }
}
