package org.heliodeck.app.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.heliodeck.core.UserDirectories;

/**
 * The workspace files opened or saved last, most recent first, at most {@link #LIMIT}: one
 * absolute path a line in a text file of the user's configuration directory. Files that are gone
 * are dropped from the list when it is read. Every call reads or writes the file: call off the
 * JavaFX application thread.
 */
public final class RecentWorkspaces {

    public static final int LIMIT = 10;
    public static final String FILE_NAME = "recent-workspaces.txt";

    private final Path file;

    /** The list kept in {@code file}. */
    public RecentWorkspaces(Path file) {
        this.file = file;
    }

    /** The list of the user running Heliodeck, in its configuration directory. */
    public static RecentWorkspaces ofCurrentUser() {
        return new RecentWorkspaces(UserDirectories.current().config().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The workspaces that still exist, most recent first; the gone ones are removed from the file too. */
    public synchronized List<Path> list() throws IOException {
        List<Path> kept = read();
        List<Path> existing = kept.stream().filter(Files::isRegularFile).toList();
        if (existing.size() != kept.size()) {
            write(existing);
        }
        return existing;
    }

    /** Puts {@code workspace} first (moving it there if it was listed), dropping the oldest beyond {@link #LIMIT}. */
    public synchronized void add(Path workspace) throws IOException {
        Set<Path> ordered = new LinkedHashSet<>();
        ordered.add(workspace.toAbsolutePath().normalize());
        ordered.addAll(read());
        write(ordered.stream().limit(LIMIT).toList());
    }

    private List<Path> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Path> paths = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try {
                if (!line.isBlank()) {
                    paths.add(Path.of(line.strip()).toAbsolutePath().normalize());
                }
            } catch (InvalidPathException e) {
                // A line edited by hand or written on another system: not a file this one can open, so not listed.
            }
        }
        return paths.stream().distinct().limit(LIMIT).toList();
    }

    private void write(List<Path> paths) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, paths.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            AtomicFiles.replace(temporary, file.toAbsolutePath());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
