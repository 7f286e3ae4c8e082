package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.heliodeck.data.FetchContext;

/** An archive's files in a directory of this machine. */
record LocalTree(Path root) implements FileTree {

    @Override
    public boolean isRemote() {
        return false;
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public Visit visit(FetchContext context) {
        return new Visit() {
            @Override
            public List<String> list(String folder) throws IOException {
                try (Stream<Path> entries = Files.list(root.resolve(folder))) {
                    return entries.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
                } catch (NoSuchFileException | NotDirectoryException absent) {
                    return List.of();
                }
            }

            @Override
            public Optional<Path> file(String path) throws IOException {
                Path file = root.resolve(path);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                context.bytesReceived().accept(Files.size(file));
                return Optional.of(file);
            }

            @Override
            public void close() {
                // Nothing was copied or opened.
            }
        };
    }
}
