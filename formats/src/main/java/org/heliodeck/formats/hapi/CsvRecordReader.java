package org.heliodeck.formats.hapi;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.heliodeck.core.io.DataFormatException;

/**
 * Splits RFC 4180 CSV into records of fields: fields separated by commas; a field in double quotes
 * may hold commas, line breaks and doubled quotes; records end with LF, CRLF or CR. Blank lines are
 * skipped. One record is held at a time, in one reused buffer.
 */
final class CsvRecordReader {

    private static final int EOF = -1;

    private final Reader in;
    private final String source;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int line;
    private int recordLine;
    private final StringBuilder text = new StringBuilder(256);
    private int[] ends = new int[16];
    private int fields;

    /**
     * @param firstLine the number of the reader's first line in the source, for messages
     */
    CsvRecordReader(Reader in, String source, int firstLine) {
        this.in = in;
        this.source = source;
        this.line = firstLine;
    }

    /** Reads the next record; false at the end of the input. */
    boolean next() throws IOException {
        fields = 0;
        text.setLength(0);
        int c = read();
        while (c == '\n' || c == '\r') {
            endLine(c);
            c = read();
        }
        if (c == EOF) {
            return false;
        }
        recordLine = line;
        while (true) {
            if (c == '"') {
                c = quoted();
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    text.append((char) c);
                    c = read();
                }
            }
            endField();
            if (c != ',') {
                if (c != EOF) {
                    endLine(c);
                }
                return true;
            }
            c = read();
        }
    }

    /** Fields in the current record. */
    int fields() {
        return fields;
    }

    /** Field {@code index} of the current record, unquoted. */
    String field(int index) {
        return text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
    }

    /** The line on which the current record starts. */
    int line() {
        return recordLine;
    }

    /** Reads a quoted field after its opening quote; returns the character after its closing quote. */
    private int quoted() throws IOException {
        int startLine = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new DataFormatException(source, "line " + startLine, "a quoted field is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\n' && after != '\r' && after != EOF) {
                        throw new DataFormatException(source, "line " + line, "'" + (char) after
                                + "' after the closing quote of a field");
                    }
                    return after;
                }
            } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            text.append((char) c);
        }
    }

    private void endField() {
        if (fields == ends.length) {
            ends = Arrays.copyOf(ends, 2 * fields);
        }
        ends[fields++] = text.length();
    }

    /** Consumes the rest of a line break that began with {@code c} (the LF of a CRLF). */
    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
