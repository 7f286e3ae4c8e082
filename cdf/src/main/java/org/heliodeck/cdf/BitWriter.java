package org.heliodeck.cdf;

import java.io.ByteArrayOutputStream;

/** Writes bits most significant first, padding the last byte with zeros, as CDF's Huffman codes do. */
final class BitWriter {

    private final ByteArrayOutputStream out;
    private int rack;
    private int mask = 0x80;

    BitWriter(int expectedBytes) {
        out = new ByteArrayOutputStream(Math.max(expectedBytes, 32));
    }

    void writeByte(int b) {
        out.write(b);
    }

    void bit(boolean set) {
        if (set) {
            rack |= mask;
        }
        mask >>= 1;
        if (mask == 0) {
            out.write(rack);
            rack = 0;
            mask = 0x80;
        }
    }

    /** The low {@code count} bits of {@code value}, most significant first. */
    void bits(int value, int count) {
        for (int i = count - 1; i >= 0; i--) {
            bit((value >>> i & 1) != 0);
        }
    }

    byte[] finish() {
        if (mask != 0x80) {
            out.write(rack);
        }
        return out.toByteArray();
    }
}
