package org.heliodeck.formats.hapi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads one HAPI data format into a {@link HapiTable}.
 *
 * <p>A stream that starts with a header ({@code #} lines, or the members of a JSON response) is read
 * with the info in it: the header describes exactly the parameters sent. Without one, the caller
 * gives the info, e.g. from an {@code /info} request narrowed with {@link HapiInfo#select}.
 * Bad input fails with a {@link org.heliodeck.core.io.DataFormatException} naming the source and
 * the line, record or offset.
 */
public sealed interface HapiReader permits HapiCsvReader, HapiBinaryReader, HapiJsonReader {

    /**
     * @param info the info to use when the stream has no header of its own
     * @param source the file name or URL, for messages
     */
    HapiTable read(InputStream in, Optional<HapiInfo> info, String source) throws IOException;

    /** Reads a stream that starts with its header. */
    default HapiTable read(InputStream in, String source) throws IOException {
        return read(in, Optional.empty(), source);
    }

    /** Reads a stream described by {@code info}, or by its own header where it has one. */
    default HapiTable read(InputStream in, HapiInfo info, String source) throws IOException {
        return read(in, Optional.of(info), source);
    }
}
