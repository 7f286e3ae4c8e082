package org.heliodeck.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.heliodeck.formats.catalog.CatalogCodec;
import org.heliodeck.formats.catalog.CatalogCodecs;
import org.heliodeck.formats.catalog.CatalogDocument;

/** Catalog files through the formats module's codecs, the format named or else found from the file. */
public final class CatalogFiles {

    private CatalogFiles() {}

    /**
     * @throws org.heliodeck.core.io.DataFormatException when the file is malformed, naming the line
     * @throws IllegalArgumentException when no codec reads it or the format named is unknown
     */
    public static CatalogDocument read(Path file, Optional<String> format) throws IOException {
        CatalogCodec codec = format.isPresent() ? named(format.get()) : CatalogCodecs.forFile(file).orElseThrow(
                () -> new IllegalArgumentException(file + ": not a catalog file Heliodeck knows (" + names() + "); name one with --format"));
        return codec.read(file);
    }

    public static void write(CatalogDocument document, Path file, Optional<String> format) throws IOException {
        CatalogCodec codec = format.isPresent() ? named(format.get()) : CatalogCodecs.all().stream()
                .filter(c -> c.writes() && c.extensions().stream().anyMatch(x -> file.getFileName().toString().toLowerCase(
                        java.util.Locale.ROOT).endsWith(x)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + ": the name's ending says no format; name one with --format ("
                        + names() + ")"));
        codec.write(document, file);
    }

    /** The codecs' names, for messages and help. */
    public static String names() {
        return CatalogCodecs.all().stream().map(CatalogCodec::name).collect(Collectors.joining(", "));
    }

    private static CatalogCodec named(String name) {
        return CatalogCodecs.byName(name).orElseThrow(() -> new IllegalArgumentException("no catalog format '" + name
                + "' (" + names() + ")"));
    }
}
