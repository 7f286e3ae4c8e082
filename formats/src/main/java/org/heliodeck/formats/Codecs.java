package org.heliodeck.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The data codecs on the class path, and the choice of one for a file. */
public final class Codecs {

    /** How many leading bytes {@link DataCodec#recognises} is shown. */
    public static final int HEAD_BYTES = FormatChooser.HEAD_BYTES;

    private static final class Loaded {
        static final FormatChooser<DataCodec> CHOOSER = FormatChooser.load(DataCodec.class);
    }

    private Codecs() {}

    /** Every codec found, in class-path order. */
    public static List<DataCodec> all() {
        return Loaded.CHOOSER.all();
    }

    public static Optional<DataCodec> byName(String name) {
        return Loaded.CHOOSER.byName(name);
    }

    /** The codec for a file: the first that recognises its content, else the first that claims its name's ending. */
    public static Optional<DataCodec> forFile(Path file) throws IOException {
        return Loaded.CHOOSER.forFile(file);
    }
}
