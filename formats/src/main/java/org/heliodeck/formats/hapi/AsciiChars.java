package org.heliodeck.formats.hapi;

import java.nio.charset.StandardCharsets;

/**
 * Bytes of a binary record seen as characters, one per byte, without copying: lets the time parser
 * read a record's time in place.
 */
final class AsciiChars implements CharSequence {

    private byte[] bytes;
    private int offset;
    private int length;

    /** Points this view at {@code length} bytes of {@code bytes} from {@code offset}; returns it. */
    AsciiChars at(byte[] source, int from, int count) {
        bytes = source;
        offset = from;
        length = count;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) (bytes[offset + index] & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
