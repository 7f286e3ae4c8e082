package org.heliodeck.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file format for time series data. Implementations are plugins, found through
 * {@link java.util.ServiceLoader} (list them in {@code META-INF/services/org.heliodeck.formats.DataCodec});
 * {@link Codecs} picks one by name or by looking at a file.
 */
public interface DataCodec {

    /** Short name used on the command line, e.g. {@code csv}, {@code hapi-csv}, {@code omni2}. */
    String name();

    /** One line saying what the format is, for listings. */
    String description();

    /** File name endings this codec claims, lower case with the dot, e.g. {@code .csv}. */
    List<String> extensions();

    /**
     * Whether the file looks like this format, judged from its name and its first bytes (up to
     * {@link Codecs#HEAD_BYTES}); a codec that cannot tell from the bytes decides by the name.
     */
    boolean recognises(String fileName, byte[] head);

    /**
     * Reads a whole file.
     *
     * @throws org.heliodeck.core.io.DataFormatException when the content is not this format,
     *     naming the file and the line or offset
     */
    DataSet read(Path file) throws IOException;

    /** Whether {@link #write} is supported. */
    default boolean writes() {
        return false;
    }

    /** Writes the data set to a file; codecs that only read refuse with a message. */
    default void write(DataSet data, Path file) throws IOException {
        throw new UnsupportedOperationException("the " + name() + " format is read-only in Heliodeck");
    }
}
