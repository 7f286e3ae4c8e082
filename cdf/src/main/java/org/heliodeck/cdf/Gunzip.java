package org.heliodeck.cdf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates one gzip member from the file's bytes straight into the output array: no stream, no
 * intermediate buffer, no copy of the packed bytes (a small CDF block is otherwise dominated by that
 * overhead). The member's CRC-32 and length are checked, so corruption is reported, not read.
 */
final class Gunzip {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private Gunzip() {}

    /** Inflates the gzip member of {@code length} bytes at {@code at} into {@code out}; returns the bytes produced. */
    static int inflate(FileImage file, long at, int length, byte[] out, String where) {
        ByteBuffer in = file.bytes().asSlice(at, length).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        if (length < 18 || (in.get(0) & 0xFF) != 0x1F || (in.get(1) & 0xFF) != 0x8B || in.get(2) != 8) {
            throw file.error(at, where + ": not GZIP data (no gzip header)");
        }
        int flags = in.get(3) & 0xFF;
        int p = 10;
        if ((flags & FEXTRA) != 0) {
            p += 2 + (in.getShort(p) & 0xFFFF);
        }
        if ((flags & FNAME) != 0) {
            p = skipZeroTerminated(in, p, length, file, at, where);
        }
        if ((flags & FCOMMENT) != 0) {
            p = skipZeroTerminated(in, p, length, file, at, where);
        }
        if ((flags & FHCRC) != 0) {
            p += 2;
        }
        if (p > length - 8) {
            throw file.error(at, where + ": the gzip header runs past the block");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(in.slice(p, length - p));
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (!inflater.finished()) {
                throw file.error(at, where + ": GZIP data holds " + (n == out.length ? "more than" : "fewer than")
                        + " the " + out.length + " bytes expected");
            }
            CRC32 crc = new CRC32();
            crc.update(out, 0, n);
            // The trailer follows the deflate data, wherever the block itself ends.
            long trailer = p + inflater.getBytesRead();
            if (trailer > length - 8) {
                throw file.error(at, where + ": the gzip trailer is missing: truncated");
            }
            if ((int) crc.getValue() != in.getInt((int) trailer) || n != in.getInt((int) trailer + 4)) {
                throw file.error(at, where + ": GZIP data fails its checksum: corrupted");
            }
            return n;
        } catch (DataFormatException e) {
            throw file.error(at, where + ": GZIP data cannot be decompressed: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static int skipZeroTerminated(ByteBuffer in, int p, int length, FileImage file, long at, String where) {
        while (p < length && in.get(p) != 0) {
            p++;
        }
        if (p >= length) {
            throw file.error(at, where + ": the gzip header runs past the block");
        }
        return p + 1;
    }
}
