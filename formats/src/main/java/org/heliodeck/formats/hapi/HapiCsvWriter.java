package org.heliodeck.formats.hapi;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes HAPI CSV: a line a record, arrays flattened (last index fastest), doubles in the shortest
 * form that reads back to the same double, strings quoted as RFC 4180 requires.
 */
public final class HapiCsvWriter implements HapiWriter {

    @Override
    public void write(HapiTable table, OutputStream out, boolean header) throws IOException {
        HapiOutput output = HapiOutput.of(table, "csv");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (header) {
            writer.write(HapiHeader.linesOf(output.info()));
        }
        List<HapiColumn> columns = table.columns();
        StringBuilder line = new StringBuilder(256);
        for (int row = 0; row < table.rows(); row++) {
            line.setLength(0);
            output.time().appendTo(table.time(row), line);
            for (int c = 0; c < columns.size(); c++) {
                switch (columns.get(c)) {
                    case NumericColumn numbers -> {
                        boolean integer = output.layout().fields().get(c + 1).type() == HapiType.INTEGER;
                        boolean single = numbers.values().isSinglePrecision();
                        for (int e = 0; e < numbers.values().recordSize(); e++) {
                            double value = output.valueToWrite(c + 1, numbers.values().get(row, e), row);
                            line.append(',');
                            if (integer) {
                                line.append((long) value);
                            } else if (single && (float) value == value) {
                                // A float sample needs no more than a float's digits (8.349, not 8.348999977111816).
                                line.append((float) value);
                            } else {
                                line.append(value);
                            }
                        }
                    }
                    case StringColumn strings -> {
                        int elements = output.layout().fields().get(c + 1).elements();
                        for (int e = 0; e < elements; e++) {
                            line.append(',');
                            appendQuoted(strings.get(row, e), line);
                        }
                    }
                }
            }
            line.append('\n');
            writer.append(line);
        }
        writer.flush();
    }

    /** The value as an RFC 4180 field: in quotes, quotes doubled, where it holds a comma, quote or line break. */
    private static void appendQuoted(String value, StringBuilder out) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
