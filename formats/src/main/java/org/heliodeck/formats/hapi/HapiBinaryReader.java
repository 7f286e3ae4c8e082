package org.heliodeck.formats.hapi;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.heliodeck.core.io.DataFormatException;

/**
 * Reads HAPI binary: fixed-size little-endian records, doubles in 8 bytes, integers in 4 signed
 * bytes, strings and times in their {@code length} bytes padded with NULs; optionally after a
 * {@code #} header.
 */
public final class HapiBinaryReader implements HapiReader {

    private static final int CHUNK_BYTES = 1 << 16;

    @Override
    public HapiTable read(InputStream in, Optional<HapiInfo> info, String source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, CHUNK_BYTES);
        HapiHeader header = HapiHeader.read(buffered, source);
        HapiLayout layout = HapiLayout.of(header.infoOr(info, source), source, "header");
        int recordBytes = layout.recordBytes(source, "header");
        List<HapiLayout.Field> fields = layout.fields();
        HapiTableBuilder table = new HapiTableBuilder(layout, source);
        byte[] chunk = new byte[recordBytes * Math.max(1, CHUNK_BYTES / recordBytes)];
        ByteBuffer bytes = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        AsciiChars time = new AsciiChars();
        long offset = header.bytes();
        while (true) {
            int n = buffered.readNBytes(chunk, 0, chunk.length);
            int whole = n / recordBytes;
            for (int r = 0; r < whole; r++) {
                int at = r * recordBytes;
                long recordOffset = offset + at;
                int record = table.rows() + 1;
                Supplier<String> where = () -> "record " + record + " at offset 0x" + Long.toHexString(recordOffset);
                int timeLength = unpaddedLength(chunk, at, fields.getFirst().width());
                table.startRow(ValueText.time(time.at(chunk, at, timeLength), source, where), where);
                at += fields.getFirst().width();
                for (int f = 1; f < fields.size(); f++) {
                    at = readField(fields.get(f), f, chunk, bytes, at, table);
                }
            }
            if (n % recordBytes != 0) {
                throw new DataFormatException(source, "record " + (table.rows() + 1) + " at offset 0x"
                        + Long.toHexString(offset + (long) whole * recordBytes), "truncated: " + n % recordBytes
                        + " of its " + recordBytes + " bytes");
            }
            offset += n;
            if (n < chunk.length) {
                return table.build();
            }
        }
    }

    /** Adds the values of one field of the record at {@code at}; returns where the next field starts. */
    private static int readField(HapiLayout.Field field, int index, byte[] chunk, ByteBuffer bytes, int at,
            HapiTableBuilder table) {
        int position = at;
        for (int e = 0; e < field.elements(); e++) {
            switch (field.type()) {
                case DOUBLE -> table.addNumber(index, bytes.getDouble(position));
                case INTEGER -> table.addNumber(index, bytes.getInt(position));
                case STRING, ISOTIME -> table.addText(index, new String(chunk, position,
                        unpaddedLength(chunk, position, field.width()), StandardCharsets.UTF_8));
            }
            position += field.width();
        }
        return position;
    }

    /** Length of a NUL-padded value: up to its first NUL. */
    private static int unpaddedLength(byte[] bytes, int from, int width) {
        int n = 0;
        while (n < width && bytes[from + n] != 0) {
            n++;
        }
        return n;
    }
}
