package org.heliodeck.cdf;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.heliodeck.core.io.DataFormatException;

/**
 * The bytes of a CDF, as the internal records address them: the mapped file, or the whole file
 * decompressed into memory when the file is compressed as a whole. Knows the layout's version,
 * which sets the width of offsets and a few field positions.
 */
final class FileImage implements AutoCloseable {

    static final int MAGIC_V3 = 0xCDF30001;
    static final int MAGIC_V26 = 0xCDF26002;
    static final int MAGIC_OLD = 0x0000FFFF;
    static final int UNCOMPRESSED = 0x0000FFFF;
    static final int COMPRESSED = 0xCCCC0001;

    private static final ValueLayout.OfInt INT_BE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfLong LONG_BE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    private final String source;
    private final Arena arena;
    private final MemorySegment bytes;
    private final boolean v3;
    private final boolean wholeFileCompressed;

    private FileImage(String source, Arena arena, MemorySegment bytes, boolean v3, boolean wholeFileCompressed) {
        this.source = source;
        this.arena = arena;
        this.bytes = bytes;
        this.v3 = v3;
        this.wholeFileCompressed = wholeFileCompressed;
    }

    static FileImage open(Path file) throws IOException {
        String source = file.toString();
        Arena arena = Arena.ofShared();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 8) {
                throw new DataFormatException(source, "", "not a CDF: the file has " + size + " bytes, fewer than the 8 of a CDF's magic numbers");
            }
            MemorySegment mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            int magic = mapped.get(INT_BE, 0);
            int compression = mapped.get(INT_BE, 4);
            if (magic != MAGIC_V3 && magic != MAGIC_V26 && magic != MAGIC_OLD) {
                throw new DataFormatException(source, "offset 0x0",
                        String.format("not a CDF: the magic number is %08X, not CDF30001, CDF26002 or 0000FFFF", magic));
            }
            boolean v3 = magic == MAGIC_V3;
            if (compression == UNCOMPRESSED) {
                return new FileImage(source, arena, mapped, v3, false);
            }
            if (compression != COMPRESSED) {
                throw new DataFormatException(source, "offset 0x4",
                        String.format("not a CDF: the second magic number is %08X, not 0000FFFF or CCCC0001", compression));
            }
            FileImage compressed = new FileImage(source, arena, mapped, v3, true);
            MemorySegment whole = MemorySegment.ofArray(compressed.decompressWholeFile());
            arena.close();
            return new FileImage(source, null, whole, v3, true);
        } catch (IOException | RuntimeException e) {
            if (arena.scope().isAlive()) {
                arena.close();
            }
            throw e;
        }
    }

    /** The file after its magic numbers, from the CCR at offset 8, with the magic numbers put back in front. */
    private byte[] decompressWholeFile() {
        RecordCursor ccr = cursor(8, RecordType.CCR);
        long cprOffset = ccr.offset();
        long uncompressedSize = ccr.offset();
        ccr.int32();
        long dataStart = ccr.position();
        long dataLength = ccr.end() - dataStart;
        if (uncompressedSize < 0 || uncompressedSize > Integer.MAX_VALUE - 16) {
            throw error(8, "the whole-file compressed CDF claims " + uncompressedSize + " bytes uncompressed; Heliodeck reads up to 2 GB this way");
        }
        Compression compression = Compression.of(this, cprOffset);
        byte[] rest = compression.decompress(this, dataStart, dataLength, (int) uncompressedSize, "offset 0x8 (CCR)");
        byte[] whole = new byte[rest.length + 8];
        MemorySegment.copy(bytes, ValueLayout.JAVA_BYTE, 0, whole, 0, 4);
        whole[4] = 0;
        whole[5] = 0;
        whole[6] = (byte) 0xFF;
        whole[7] = (byte) 0xFF;
        System.arraycopy(rest, 0, whole, 8, rest.length);
        return whole;
    }

    String source() {
        return source;
    }

    boolean isV3() {
        return v3;
    }

    boolean isWholeFileCompressed() {
        return wholeFileCompressed;
    }

    long size() {
        return bytes.byteSize();
    }

    MemorySegment bytes() {
        return bytes;
    }

    /** Width of file offsets and record sizes: 8 bytes in CDF 3, 4 before. */
    int offsetSize() {
        return v3 ? 8 : 4;
    }

    int int32(long at) {
        check(at, 4);
        return bytes.get(INT_BE, at);
    }

    long offsetAt(long at) {
        check(at, offsetSize());
        return v3 ? bytes.get(LONG_BE, at) : bytes.get(INT_BE, at) & 0xFFFF_FFFFL;
    }

    /** A cursor on the internal record at {@code at}, which must be of the given type. */
    RecordCursor cursor(long at, RecordType expected) {
        return new RecordCursor(this, at, expected);
    }

    /** Fails unless {@code length} bytes from {@code at} lie inside the file. */
    void check(long at, long length) {
        if (at < 0 || length < 0 || at > size() - length) {
            throw error(at, "the file ends (at " + size() + " bytes) before the " + length + " bytes needed here: truncated or corrupted");
        }
    }

    DataFormatException error(long at, String problem) {
        return new DataFormatException(source, String.format("offset 0x%x", at), problem);
    }

    @Override
    public void close() {
        if (arena != null && arena.scope().isAlive()) {
            arena.close();
        }
    }
}
