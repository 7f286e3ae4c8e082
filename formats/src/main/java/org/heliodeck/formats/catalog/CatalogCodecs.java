package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.heliodeck.formats.Codecs;

/** The catalog codecs on the class path, and the choice of one for a file. */
public final class CatalogCodecs {

    private static final class Loaded {
        static final List<CatalogCodec> ALL =
                ServiceLoader.load(CatalogCodec.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    private CatalogCodecs() {}

    /** Every codec found, in class-path order. */
    public static List<CatalogCodec> all() {
        return Loaded.ALL;
    }

    public static Optional<CatalogCodec> byName(String name) {
        return all().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The codec for a file: the first that recognises its content, else the first that claims its
     * name's ending.
     */
    public static Optional<CatalogCodec> forFile(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(Codecs.HEAD_BYTES);
        }
        String name = file.getFileName().toString();
        for (CatalogCodec codec : all()) {
            if (codec.recognises(name, head)) {
                return Optional.of(codec);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return all().stream().filter(c -> c.extensions().stream().anyMatch(lower::endsWith)).findFirst();
    }
}
