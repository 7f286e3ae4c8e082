package org.heliodeck.app.workspace;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moving a finished temporary file over its target, so that readers see the old file or the new one, never a part. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (a few network shares) cannot: a plain replace is still better than no save.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
