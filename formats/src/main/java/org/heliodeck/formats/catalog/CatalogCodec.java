package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.nio.file.Path;
import org.heliodeck.formats.FileFormat;

/**
 * A file format for event catalogs and time tables. Implementations are plugins, found through
 * {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.heliodeck.formats.catalog.CatalogCodec}); {@link CatalogCodecs}
 * picks one by name or by looking at a file.
 */
public interface CatalogCodec extends FileFormat {

    /**
     * Reads a whole file.
     *
     * @throws org.heliodeck.core.io.DataFormatException when the content is not this format or breaks
     *     the catalog model's rules, naming the file and the line, row or event
     */
    CatalogDocument read(Path file) throws IOException;

    /** Whether {@link #write} is supported. */
    default boolean writes() {
        return true;
    }

    /**
     * Writes the document to a file.
     *
     * @throws IllegalArgumentException when the document holds what this format cannot carry, saying what
     */
    void write(CatalogDocument document, Path file) throws IOException;
}
