package org.heliodeck.formats.hapi;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes HAPI JSON: an object with the info's members (indented) and a {@code data} array of one
 * row per line, each array parameter nested as its size. JSON has no NaN or infinity: a missing
 * sample is written as the fill value, or null where there is none; infinities as null.
 */
public final class HapiJsonWriter implements HapiWriter {

    @Override
    public void write(HapiTable table, OutputStream out, boolean header) throws IOException {
        HapiOutput output = HapiOutput.of(table, "json");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write("{");
        if (header) {
            String info = HapiInfoJson.toJson(output.info());
            // The info's members without its braces, for the data to follow in the same object.
            writer.write(info.substring(1, info.lastIndexOf('}')).stripTrailing());
            writer.write(",");
        }
        writer.write("\n\"data\": [");
        List<HapiColumn> columns = table.columns();
        StringBuilder line = new StringBuilder(256);
        for (int row = 0; row < table.rows(); row++) {
            line.setLength(0);
            line.append(row == 0 ? "\n[\"" : ",\n[\"");
            output.time().appendTo(table.time(row), line);
            line.append('"');
            for (int c = 0; c < columns.size(); c++) {
                line.append(',');
                appendValue(output, c + 1, columns.get(c), row, line);
            }
            line.append(']');
            writer.append(line);
        }
        writer.write("\n]}\n");
        writer.flush();
    }

    private static void appendValue(HapiOutput output, int field, HapiColumn column, int row, StringBuilder line) {
        HapiParameter parameter = column.parameter();
        int[] shape = parameter.shape();
        if (shape.length == 0) {
            appendElement(output, field, column, row, 0, line);
        } else {
            appendNested(output, field, column, row, shape, 0, new int[] {0}, line);
        }
    }

    private static void appendNested(HapiOutput output, int field, HapiColumn column, int row, int[] shape,
            int dimension, int[] next, StringBuilder line) {
        line.append('[');
        for (int i = 0; i < shape[dimension]; i++) {
            if (i > 0) {
                line.append(',');
            }
            if (dimension == shape.length - 1) {
                appendElement(output, field, column, row, next[0]++, line);
            } else {
                appendNested(output, field, column, row, shape, dimension + 1, next, line);
            }
        }
        line.append(']');
    }

    private static void appendElement(HapiOutput output, int field, HapiColumn column, int row, int element,
            StringBuilder line) {
        switch (column) {
            case NumericColumn numbers -> {
                double value = output.valueToWrite(field, numbers.values().get(row, element), row);
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    line.append("null");
                } else if (output.layout().fields().get(field).type() == HapiType.INTEGER) {
                    line.append((long) value);
                } else {
                    line.append(value);
                }
            }
            case StringColumn strings -> {
                line.append('"');
                JsonStringEncoder.getInstance().quoteAsString(strings.get(row, element), line);
                line.append('"');
            }
        }
    }
}
