package org.heliodeck.cdf;

/** Bits of a byte array, most significant first, as CDF's Huffman codes write them. */
final class BitReader {

    private final byte[] in;
    private int position;
    private int rack;
    private int mask = 0x80;

    BitReader(byte[] in) {
        this.in = in;
    }

    /** The next byte, for the count table that precedes the bits. */
    int nextByte() {
        if (position >= in.length) {
            throw new IllegalArgumentException("the code ends inside its header");
        }
        return in[position++] & 0xFF;
    }

    boolean bit() {
        if (mask == 0x80) {
            if (position >= in.length) {
                throw new IllegalArgumentException("the code ends before its end-of-stream symbol");
            }
            rack = in[position++] & 0xFF;
        }
        boolean set = (rack & mask) != 0;
        mask = mask == 1 ? 0x80 : mask >> 1;
        return set;
    }

    int bits(int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = value << 1 | (bit() ? 1 : 0);
        }
        return value;
    }
}
