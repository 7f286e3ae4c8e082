package org.heliodeck.formats.hapi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes HAPI binary: little-endian records of the time and each parameter's values, strings and
 * times padded with NULs to their length. Doubles are written bit for bit.
 */
public final class HapiBinaryWriter implements HapiWriter {

    private static final byte[] NULS = new byte[HapiLayout.MAX_VALUE_LENGTH];

    @Override
    public void write(HapiTable table, OutputStream out, boolean header) throws IOException {
        HapiOutput output = HapiOutput.of(table, "binary");
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        if (header) {
            buffered.write(HapiHeader.linesOf(output.info()).getBytes(StandardCharsets.UTF_8));
        }
        List<HapiLayout.Field> fields = output.layout().fields();
        List<HapiColumn> columns = table.columns();
        ByteBuffer record = ByteBuffer.allocate(output.layout().recordBytes(HapiOutput.SOURCE, "info"))
                .order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder time = new StringBuilder(32);
        for (int row = 0; row < table.rows(); row++) {
            record.clear();
            time.setLength(0);
            output.time().appendTo(table.time(row), time);
            putPadded(time.toString().getBytes(StandardCharsets.US_ASCII), fields.getFirst().width(), record);
            for (int c = 0; c < columns.size(); c++) {
                HapiLayout.Field field = fields.get(c + 1);
                switch (columns.get(c)) {
                    case NumericColumn numbers -> {
                        for (int e = 0; e < field.elements(); e++) {
                            double value = output.valueToWrite(c + 1, numbers.values().get(row, e), row);
                            if (field.type() == HapiType.INTEGER) {
                                record.putInt((int) value);
                            } else {
                                record.putDouble(value);
                            }
                        }
                    }
                    case StringColumn strings -> {
                        for (int e = 0; e < field.elements(); e++) {
                            putPadded(strings.get(row, e).getBytes(StandardCharsets.UTF_8), field.width(), record);
                        }
                    }
                }
            }
            buffered.write(record.array(), 0, record.position());
        }
        buffered.flush();
    }

    private static void putPadded(byte[] value, int width, ByteBuffer record) {
        record.put(value);
        record.put(NULS, 0, width - value.length);
    }
}
