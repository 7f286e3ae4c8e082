package org.heliodeck.cdf;

import java.lang.foreign.ValueLayout;

/** A compression method named by a CPR, and the decompression of one block with it. */
enum Compression {
    RLE(1),
    HUFFMAN(2),
    ADAPTIVE_HUFFMAN(3),
    GZIP(5);

    private final int code;

    Compression(int code) {
        this.code = code;
    }

    /** The compression described by the CPR at {@code cprOffset}. */
    static Compression of(FileImage file, long cprOffset) {
        RecordCursor cpr = file.cursor(cprOffset, RecordType.CPR);
        int type = cpr.int32();
        for (Compression c : values()) {
            if (c.code == type) {
                if (c == HUFFMAN || c == ADAPTIVE_HUFFMAN) {
                    throw file.error(cprOffset, c + " compression is not supported yet by Heliodeck's CDF reader");
                }
                return c;
            }
        }
        throw file.error(cprOffset, "unknown compression type " + type + " (CDF knows 1 RLE, 2 Huffman, 3 adaptive Huffman, 5 GZIP)");
    }

    /**
     * Decompresses {@code length} bytes at {@code at} into exactly {@code expected} bytes.
     *
     * @param where names the block in messages
     */
    byte[] decompress(FileImage file, long at, long length, int expected, String where) {
        file.check(at, length);
        if (length > Integer.MAX_VALUE) {
            throw file.error(at, "a compressed block of " + length + " bytes is too large");
        }
        byte[] out = new byte[expected];
        int produced = switch (this) {
            case GZIP -> Gunzip.inflate(file, at, (int) length, out, where);
            case RLE -> unRunLength(file, at, file.bytes().asSlice(at, length).toArray(ValueLayout.JAVA_BYTE), out, where);
            default -> throw new IllegalStateException(this + " is refused when the CPR is read");
        };
        if (produced != expected) {
            throw file.error(at, where + ": " + this + " data gave " + produced + " bytes, " + expected + " expected");
        }
        return out;
    }

    /** CDF's run-length code: a zero byte followed by n stands for n + 1 zeros; other bytes are themselves. */
    private static int unRunLength(FileImage file, long at, byte[] packed, byte[] out, String where) {
        int o = 0;
        for (int i = 0; i < packed.length; i++) {
            byte b = packed[i];
            if (b != 0) {
                if (o == out.length) {
                    throw file.error(at + i, where + ": RLE data holds more than the " + out.length + " bytes expected");
                }
                out[o++] = b;
                continue;
            }
            if (++i == packed.length) {
                throw file.error(at + i, where + ": RLE data ends inside a run");
            }
            int run = (packed[i] & 0xFF) + 1;
            if (run > out.length - o) {
                throw file.error(at + i, where + ": RLE data holds more than the " + out.length + " bytes expected");
            }
            o += run;
        }
        return o;
    }
}
