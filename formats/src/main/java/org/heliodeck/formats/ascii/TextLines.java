package org.heliodeck.formats.ascii;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Walks the lines of a text file held in memory, without copying them: each step exposes the
 * current line's bounds (line terminator, {@code \n} or {@code \r\n}, excluded) and its 1-based
 * number.
 */
final class TextLines {

    private final byte[] bytes;
    private final byte[][] commentPrefixes;
    private int next;
    private int start;
    private int end;
    private int number;

    TextLines(byte[] bytes, List<String> commentPrefixes) {
        this.bytes = bytes;
        this.commentPrefixes = commentPrefixes.stream().map(p -> p.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
    }

    /** Moves to the next line; false at the end of the file. */
    boolean advance() {
        if (next >= bytes.length) {
            return false;
        }
        start = next;
        int i = start;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        next = i + 1;
        end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        number++;
        return true;
    }

    /** Moves to the next line that is neither blank nor a comment; false at the end of the file. */
    boolean advanceToContent() {
        while (advance()) {
            if (!isBlank() && !isComment()) {
                return true;
            }
        }
        return false;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** 1-based number of the current line. */
    int number() {
        return number;
    }

    byte[] bytes() {
        return bytes;
    }

    boolean isBlank() {
        return firstNonBlank() == end;
    }

    /** Whether the current line, after any leading blanks, starts with one of the comment prefixes. */
    boolean isComment() {
        int at = firstNonBlank();
        for (byte[] prefix : commentPrefixes) {
            if (startsWith(at, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The current line as text. */
    String text() {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    /**
     * About how many lines remain, the current one included, judged from the current line's length:
     * exact for fixed-width tables, a starting capacity for others.
     */
    int estimatedRemainingLines() {
        long length = next - start;
        return (int) ((bytes.length - start + length - 1) / length);
    }

    private int firstNonBlank() {
        int i = start;
        while (i < end && (bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        return i;
    }

    private boolean startsWith(int at, byte[] prefix) {
        if (prefix.length == 0 || end - at < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
