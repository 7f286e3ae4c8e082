package org.heliodeck.cdf;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Reads the fields of one internal record in order. The record's size and type come first; offsets
 * are 8 bytes wide in CDF 3 and 4 before, so field positions follow from reading, not from tables.
 * Every read is bounded by the record and the file: a corrupted record fails with its offset.
 */
final class RecordCursor {

    private final FileImage file;
    private final long start;
    private final long end;
    private final int type;
    private long position;

    RecordCursor(FileImage file, long start, RecordType expected) {
        this.file = file;
        this.start = start;
        this.position = start;
        long size = file.offsetAt(start);
        position += file.offsetSize();
        int type = file.int32(position);
        position += 4;
        if (type != expected.code && !(expected == RecordType.VVR && type == RecordType.CVVR.code)
                && !(expected == RecordType.RVDR && type == RecordType.ZVDR.code)
                && !(expected == RecordType.AGREDR && type == RecordType.AZEDR.code)) {
            throw file.error(start, "expected a " + expected + " record here, found record type " + type);
        }
        if (size < position - start || size > file.size() - start) {
            throw file.error(start, "a " + expected + " record claims " + size + " bytes, beyond the file's " + file.size());
        }
        this.end = start + size;
        this.type = type;
    }

    /** The record's actual type code (a VVR cursor may find a CVVR, a VDR cursor an r- or zVDR). */
    int type() {
        return type;
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    long position() {
        return position;
    }

    long offset() {
        need(file.offsetSize());
        long v = file.offsetAt(position);
        position += file.offsetSize();
        return v;
    }

    int int32() {
        need(4);
        int v = file.int32(position);
        position += 4;
        return v;
    }

    void skip(int bytes) {
        need(bytes);
        position += bytes;
    }

    /** A NUL-padded name field of fixed width. */
    String string(int width) {
        need(width);
        byte[] raw = new byte[width];
        MemorySegment.copy(file.bytes(), ValueLayout.JAVA_BYTE, position, raw, 0, width);
        position += width;
        int length = 0;
        while (length < width && raw[length] != 0) {
            length++;
        }
        return CdfText.decode(raw, 0, length);
    }

    private void need(long bytes) {
        if (position + bytes > end) {
            throw file.error(position, "a field runs past the end of its record (which ends at 0x" + Long.toHexString(end) + ")");
        }
    }
}
