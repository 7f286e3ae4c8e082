package org.heliodeck.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The codecs of one kind on the class path, and the choice of one by name or for a file. */
public final class FormatChooser<T extends FileFormat> {

    /** How many leading bytes {@link FileFormat#recognises} is shown. */
    public static final int HEAD_BYTES = 4096;

    private final List<T> all;

    private FormatChooser(List<T> all) {
        this.all = all;
    }

    /** The plugins of a kind, found with {@link ServiceLoader}, in class-path order. */
    public static <T extends FileFormat> FormatChooser<T> load(Class<T> kind) {
        return new FormatChooser<>(ServiceLoader.load(kind).stream().map(ServiceLoader.Provider::get).toList());
    }

    public List<T> all() {
        return all;
    }

    public Optional<T> byName(String name) {
        return all.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The first codec that recognises the file's content, else the first that claims its name's ending. */
    public Optional<T> forFile(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        String name = file.getFileName().toString();
        for (T codec : all) {
            if (codec.recognises(name, head)) {
                return Optional.of(codec);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return all.stream().filter(c -> c.extensions().stream().anyMatch(lower::endsWith)).findFirst();
    }
}
