package org.heliodeck.formats;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file format for time series data. Implementations are plugins, found through
 * {@link java.util.ServiceLoader} (list them in {@code META-INF/services/org.heliodeck.formats.DataCodec});
 * {@link Codecs} picks one by name or by looking at a file.
 */
public interface DataCodec extends FileFormat {

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
