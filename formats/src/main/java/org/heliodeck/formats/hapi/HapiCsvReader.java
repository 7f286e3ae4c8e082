package org.heliodeck.formats.hapi;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.heliodeck.core.io.DataFormatException;

/**
 * Reads HAPI CSV: RFC 4180 lines of the time then every parameter's values, arrays flattened
 * (last index fastest), optionally after a {@code #} header.
 */
public final class HapiCsvReader implements HapiReader {

    @Override
    public HapiTable read(InputStream in, Optional<HapiInfo> info, String source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        HapiHeader header = HapiHeader.read(buffered, source);
        HapiLayout layout = HapiLayout.of(header.infoOr(info, source), source, "header");
        CsvRecordReader csv = new CsvRecordReader(new InputStreamReader(buffered, StandardCharsets.UTF_8), source,
                header.lines() + 1);
        HapiTableBuilder table = new HapiTableBuilder(layout, source);
        List<HapiLayout.Field> fields = layout.fields();
        while (csv.next()) {
            int line = csv.line();
            if (csv.fields() != layout.valuesPerRecord()) {
                throw new DataFormatException(source, "line " + line, csv.fields() + " values where the header describes "
                        + layout.valuesPerRecord() + " (the time and " + (layout.valuesPerRecord() - 1) + " more)");
            }
            Supplier<String> where = () -> "line " + line;
            table.startRow(ValueText.time(csv.field(0), source, where), where);
            for (int f = 1; f < fields.size(); f++) {
                HapiLayout.Field field = fields.get(f);
                for (int e = 0; e < field.elements(); e++) {
                    int column = field.firstField() + e;
                    String text = csv.field(column);
                    if (field.type().numeric()) {
                        table.addNumber(f, ValueText.number(text, field.parameter().name(), source,
                                () -> "line " + line + ", value " + (column + 1)));
                    } else {
                        table.addText(f, text);
                    }
                }
            }
        }
        return table.build();
    }
}
