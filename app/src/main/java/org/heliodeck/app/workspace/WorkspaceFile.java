package org.heliodeck.app.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.heliodeck.core.io.DataFormatException;

/** Workspaces as JSON files ({@link WorkspaceJson} describes the form). */
public final class WorkspaceFile {

    /** The extension the file dialogs offer. */
    public static final String EXTENSION = ".heliodeck.json";

    private WorkspaceFile() {
    }

    /**
     * Reads {@code file}. Fields this version does not know are skipped and listed in the result's
     * warnings.
     *
     * @throws DataFormatException naming the file and the field, when it is not JSON, a field is
     *     missing or of the wrong type, or a newer major version of the format wrote it
     */
    public static LoadedWorkspace read(Path file) throws IOException {
        return WorkspaceReader.read(file);
    }

    /**
     * Writes {@code workspace} to {@code file} atomically: into a temporary file beside it, then
     * moved over it, so that a crash or a full disk never leaves half a workspace where the last
     * good one was.
     */
    public static void write(Path file, Workspace workspace) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                WorkspaceJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, WorkspaceJson.write(workspace));
            }
            AtomicFiles.replace(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
