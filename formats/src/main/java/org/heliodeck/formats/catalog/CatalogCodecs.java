package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.heliodeck.formats.FormatChooser;

/** The catalog codecs on the class path, and the choice of one for a file. */
public final class CatalogCodecs {

    private static final class Loaded {
        static final FormatChooser<CatalogCodec> CHOOSER = FormatChooser.load(CatalogCodec.class);
    }

    private CatalogCodecs() {}

    /** Every codec found, in class-path order. */
    public static List<CatalogCodec> all() {
        return Loaded.CHOOSER.all();
    }

    public static Optional<CatalogCodec> byName(String name) {
        return Loaded.CHOOSER.byName(name);
    }

    /** The codec for a file: the first that recognises its content, else the first that claims its name's ending. */
    public static Optional<CatalogCodec> forFile(Path file) throws IOException {
        return Loaded.CHOOSER.forFile(file);
    }
}
