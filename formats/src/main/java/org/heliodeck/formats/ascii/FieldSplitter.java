package org.heliodeck.formats.ascii;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits one line into fields, recording where each lies in the byte buffer instead of copying it;
 * numbers and times are then read from the bytes in place. Reused from line to line.
 *
 * <p>With a character delimiter, blanks around a field are dropped and a field may be quoted with
 * {@code "} (a doubled {@code ""} inside standing for one quote), as in RFC 4180 except that a
 * quoted field cannot span lines.
 */
final class FieldSplitter {

    private final Delimiter delimiter;
    private byte[] bytes;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] quoted = new boolean[64];
    private int count;
    private final AsciiView view = new AsciiView();

    FieldSplitter(Delimiter delimiter) {
        this.delimiter = delimiter;
    }

    /** Splits {@code bytes[from, to)}, one line. */
    void split(byte[] line, int from, int to) {
        bytes = line;
        count = 0;
        if (delimiter == Delimiter.WHITESPACE) {
            splitOnBlanks(from, to);
        } else {
            splitOn((byte) delimiter.separator(), from, to);
        }
    }

    /** Number of fields in the line. */
    int count() {
        return count;
    }

    /** Field {@code i} as text, unquoted. */
    String text(int i) {
        String raw = new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        return quoted[i] ? raw.replace("\"\"", "\"") : raw;
    }

    /** Field {@code i} as characters, viewed in place: valid until the next split. */
    CharSequence chars(int i) {
        return view.of(bytes, starts[i], ends[i]);
    }

    boolean isEmpty(int i) {
        return starts[i] == ends[i];
    }

    /**
     * Field {@code i} as a number; an empty field is NaN.
     *
     * @throws FieldProblem when it is not a number
     */
    double number(int i) {
        int from = starts[i];
        int to = ends[i];
        if (from == to) {
            return Double.NaN;
        }
        try {
            return DecimalScanner.parse(bytes, from, to);
        } catch (NumberFormatException e) {
            throw new FieldProblem(i, "'" + text(i) + "' is not a number");
        }
    }

    /** Whether field {@code i} is empty or a number. */
    boolean isNumber(int i) {
        return starts[i] == ends[i] || DecimalScanner.isNumber(bytes, starts[i], ends[i]);
    }

    /** Any control character counts as a blank here: one comparison a byte, in the hottest loop of text reading. */
    private void splitOnBlanks(int from, int to) {
        byte[] b = bytes;
        int i = from;
        while (true) {
            while (i < to && (b[i] & 0xff) <= ' ') {
                i++;
            }
            if (i == to) {
                return;
            }
            int start = i;
            while (i < to && (b[i] & 0xff) > ' ') {
                i++;
            }
            add(start, i, false);
        }
    }

    private void splitOn(byte separator, int from, int to) {
        int i = from;
        while (true) {
            while (i < to && bytes[i] != separator && isBlank(bytes[i])) {
                i++;
            }
            if (i < to && bytes[i] == '"') {
                int start = ++i;
                while (i < to && !(bytes[i] == '"' && (i + 1 == to || bytes[i + 1] != '"'))) {
                    i += bytes[i] == '"' ? 2 : 1;
                }
                add(start, Math.min(i, to), true);
                i++;
                while (i < to && bytes[i] != separator) {
                    i++;
                }
            } else {
                int start = i;
                while (i < to && bytes[i] != separator) {
                    i++;
                }
                int end = i;
                while (end > start && isBlank(bytes[end - 1])) {
                    end--;
                }
                add(start, end, false);
            }
            if (i >= to) {
                return;
            }
            i++; // the separator
        }
    }

    private void add(int start, int end, boolean isQuoted) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        quoted[count] = isQuoted;
        count++;
    }

    private boolean isBlank(byte b) {
        return b == ' ' || (b == '\t' && delimiter != Delimiter.TAB);
    }

    /** A window on ASCII bytes as characters, so that times parse without a String per field. */
    private static final class AsciiView implements CharSequence {
        private byte[] bytes;
        private int from;
        private int to;

        AsciiView of(byte[] b, int start, int end) {
            bytes = b;
            from = start;
            to = end;
            return this;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[from + index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().substring(start, end);
        }

        @Override
        public String toString() {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
    }
}
