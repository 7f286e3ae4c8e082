package org.heliodeck.formats.hapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.heliodeck.core.io.DataFormatException;

/**
 * The header a HAPI server puts before CSV or binary data with {@code include=header}: the info as
 * JSON, each line prefixed with {@code #}.
 *
 * @param info the info, when the stream starts with a header
 * @param bytes bytes the header takes, where the data start
 * @param lines lines the header takes
 */
record HapiHeader(Optional<HapiInfo> info, long bytes, int lines) {

    /** Longest header read: a real one is a few kilobytes, with bins a few hundred. */
    static final int MAX_BYTES = 16 << 20;

    /**
     * Reads the header lines at the start of {@code in}, leaving it at the first byte of data. A
     * stream that does not start with {@code #} has no header, and nothing of it is consumed.
     *
     * @param in a stream that supports {@link InputStream#mark}
     * @throws DataFormatException when the header is not a HAPI info, or too long
     */
    static HapiHeader read(InputStream in, String source) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        long bytes = 0;
        int lines = 0;
        while (true) {
            in.mark(1);
            if (in.read() != '#') {
                in.reset();
                break;
            }
            bytes++;
            lines++;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                json.write(b);
                if (++bytes > MAX_BYTES) {
                    throw new DataFormatException(source, "header line " + lines, "the header is longer than "
                            + MAX_BYTES + " bytes");
                }
            }
            if (b == -1) {
                break;
            }
            bytes++;
            json.write('\n');
        }
        if (lines == 0) {
            return new HapiHeader(Optional.empty(), 0, 0);
        }
        String text = json.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        HapiInfo info = HapiInfoJson.parse(text, source, "header (lines 1-" + lines + ")");
        return new HapiHeader(Optional.of(info), bytes, lines);
    }

    /**
     * The info of a stream: its header where it has one, else {@code given}.
     *
     * @throws DataFormatException when there is neither
     */
    HapiInfo infoOr(Optional<HapiInfo> given, String source) {
        return info.or(() -> given).orElseThrow(() -> new DataFormatException(source, "line 1",
                "no HAPI header (lines starting with #) and no info given: the parameters are unknown"));
    }

    /** The info as header lines, each a line of indented JSON after {@code #}. */
    static String linesOf(HapiInfo info) {
        StringBuilder out = new StringBuilder();
        for (String line : HapiInfoJson.toJson(info).split("\n", -1)) {
            out.append('#').append(line).append('\n');
        }
        return out.toString();
    }
}
