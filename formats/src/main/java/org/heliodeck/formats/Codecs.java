package org.heliodeck.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The data codecs on the class path, and the choice of one for a file. */
public final class Codecs {

    /** How many leading bytes {@link DataCodec#recognises} is shown. */
    public static final int HEAD_BYTES = 4096;

    private static final class Loaded {
        static final List<DataCodec> ALL = ServiceLoader.load(DataCodec.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    private Codecs() {}

    /** Every codec found, in class-path order. */
    public static List<DataCodec> all() {
        return Loaded.ALL;
    }

    public static Optional<DataCodec> byName(String name) {
        return all().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The codec for a file: the first that recognises its content, else the first that claims its
     * name's ending.
     */
    public static Optional<DataCodec> forFile(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        String name = file.getFileName().toString();
        for (DataCodec codec : all()) {
            if (codec.recognises(name, head)) {
                return Optional.of(codec);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return all().stream().filter(c -> c.extensions().stream().anyMatch(lower::endsWith)).findFirst();
    }
}
