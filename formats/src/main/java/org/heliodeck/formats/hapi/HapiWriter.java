package org.heliodeck.formats.hapi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link HapiTable} in one HAPI data format. The header written is the table's info with
 * {@code format} set, a {@code status} (1200 OK unless the info has one), the length of the times as
 * written and string lengths wide enough for every value. Missing samples (NaN) are written as the
 * parameter's fill value where it has one. The stream is flushed, not closed.
 */
public sealed interface HapiWriter permits HapiCsvWriter, HapiBinaryWriter, HapiJsonWriter {

    /**
     * @param header whether to write the info first: {@code #} lines for CSV and binary, the members
     *     of the JSON object for JSON
     */
    void write(HapiTable table, OutputStream out, boolean header) throws IOException;
}
