package org.heliodeck.formats.hapi;

import java.util.Locale;
import java.util.Optional;

/** Tells the HAPI formats apart by the first bytes of a file, falling back on its name. */
enum HapiContent {
    CSV,
    BINARY,
    JSON;

    /** Data bytes looked at to tell binary records from CSV text. */
    private static final int DATA_SAMPLE = 512;

    /**
     * The format of a file starting with {@code head}: a {@code #} header holding HAPI JSON followed
     * by binary records or by text, or a JSON object with a {@code "HAPI"} member. Empty when it is
     * none of them (HAPI CSV without its header cannot be told from other CSV, nor read without an info).
     */
    static Optional<HapiContent> of(String fileName, byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
                ? 3 : 0;
        if (start < head.length && head[start] == '#') {
            return withHeader(fileName, head, start);
        }
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        if (start < head.length && head[start] == '{' && contains(head, start, head.length, "\"HAPI\"")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    private static Optional<HapiContent> withHeader(String fileName, byte[] head, int start) {
        int at = start;
        while (at < head.length && head[at] == '#') {
            while (at < head.length && head[at] != '\n') {
                at++;
            }
            at++;
        }
        int headerEnd = Math.min(at, head.length);
        if (!contains(head, start, headerEnd, "\"HAPI\"") && !contains(head, start, headerEnd, "\"parameters\"")) {
            return Optional.empty();
        }
        if (at < head.length) {
            return Optional.of(looksBinary(head, at, Math.min(head.length, at + DATA_SAMPLE)) ? BINARY : CSV);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        return Optional.of(name.endsWith(".bin") || name.endsWith(".binary") ? BINARY : CSV);
    }

    /** Whether the bytes hold control characters or are not UTF-8, as binary numbers do and CSV text does not. */
    private static boolean looksBinary(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return true;
            }
        }
        return !utf8(bytes, from, to);
    }

    /** Whether the bytes are UTF-8, but for a character cut off at the end of the sample. */
    private static boolean utf8(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xff;
            int continuation = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (continuation < 0) {
                return false;
            }
            for (int k = 1; k <= continuation && i + k < to; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += continuation + 1;
        }
        return true;
    }

    private static boolean contains(byte[] bytes, int from, int to, String ascii) {
        int n = ascii.length();
        outer:
        for (int i = from; i + n <= to; i++) {
            for (int j = 0; j < n; j++) {
                if (bytes[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
