package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.heliodeck.data.FetchContext;

/** The files below an archive's root, on this machine ({@link LocalTree}) or on a web server ({@link HttpTree}). */
interface FileTree {

    /** Whether the files come over a network. */
    boolean isRemote();

    /** Where the root is, for messages. */
    String location();

    /** Starts a visit: what it lists and downloads lasts until it is closed. */
    Visit visit(FetchContext context) throws IOException;

    /** One look at the tree, for one fetch or one inventory. */
    interface Visit extends AutoCloseable {

        /**
         * The names in a folder ({@code ""} for the root, else a path ending in {@code /}), folders
         * ending in {@code /}; empty when the folder does not exist.
         */
        List<String> list(String folder) throws IOException;

        /** The file at a path relative to the root, on this machine; empty when there is none. Reports its bytes. */
        Optional<Path> file(String path) throws IOException;

        @Override
        void close() throws IOException;
    }
}
