package org.heliodeck.cdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.ValueLayout;
import java.util.zip.GZIPOutputStream;

/** The compression methods of CDF, as a CPR names them: decompression of blocks read, compression of blocks written. */
public enum Compression {
    RLE(1, 128),
    HUFFMAN(2, 8),
    ADAPTIVE_HUFFMAN(3, 8),
    GZIP(5, 1032);

    private final int code;
    /** How many times its size a block can grow when decompressed: deflate ~1032:1, RLE 256/2, at least a bit a byte for Huffman. */
    private final long maxExpansion;

    Compression(int code, long maxExpansion) {
        this.code = code;
        this.maxExpansion = maxExpansion;
    }

    /** The code a CPR stores for this method. */
    int code() {
        return code;
    }

    /** The compression described by the CPR at {@code cprOffset}. */
    static Compression of(FileImage file, long cprOffset) {
        RecordCursor cpr = file.cursor(cprOffset, RecordType.CPR);
        int type = cpr.int32();
        for (Compression c : values()) {
            if (c.code == type) {
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
        // A damaged index can claim any size: refuse what the method cannot produce, or the heap cannot hold.
        if (expected > length * maxExpansion + 1024) {
            throw file.error(at, where + ": " + length + " bytes of " + this + " data cannot hold the " + expected
                    + " bytes claimed: corrupted");
        }
        if (expected > Runtime.getRuntime().maxMemory() / 4) {
            throw file.error(at, where + ": " + expected / 1_000_000 + " MB uncompressed is more than this JVM can spare");
        }
        byte[] out = new byte[expected];
        int produced;
        if (this == GZIP) {
            produced = Gunzip.inflate(file, at, (int) length, out, where);
        } else {
            byte[] packed = file.bytes().asSlice(at, length).toArray(ValueLayout.JAVA_BYTE);
            try {
                produced = switch (this) {
                    case RLE -> unRunLength(file, at, packed, out, where);
                    case HUFFMAN -> StaticHuffman.decode(packed, out);
                    default -> AdaptiveHuffman.decode(packed, out);
                };
            } catch (IllegalArgumentException e) {
                throw file.error(at, where + ": " + this + " data cannot be decoded: " + e.getMessage());
            }
        }
        if (produced != expected) {
            throw file.error(at, where + ": " + this + " data gave " + produced + " bytes, " + expected + " expected");
        }
        return out;
    }

    /** Compresses one block of values for writing. */
    byte[] compress(byte[] block) {
        return switch (this) {
            case GZIP -> gzip(block);
            case RLE -> runLength(block);
            case HUFFMAN -> StaticHuffman.encode(block);
            case ADAPTIVE_HUFFMAN -> AdaptiveHuffman.encode(block);
        };
    }

    /** The CPR parameter: GZIP's level, else 0 (RLE: the byte whose runs are coded). */
    int parameter() {
        return this == GZIP ? 6 : 0;
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out, 64 * 1024)) {
            z.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory failed", e);
        }
        return out.toByteArray();
    }

    /** Zero runs of 1 to 256 bytes as a zero and the run length less one; other bytes as themselves. */
    private static byte[] runLength(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 16);
        for (int i = 0; i < raw.length; ) {
            if (raw[i] != 0) {
                out.write(raw[i++]);
                continue;
            }
            int run = 0;
            while (i < raw.length && raw[i] == 0 && run < 256) {
                run++;
                i++;
            }
            out.write(0);
            out.write(run - 1);
        }
        return out.toByteArray();
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
