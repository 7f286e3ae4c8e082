package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.heliodeck.core.time.Tt2000;

/**
 * Writes a document's events as CSV: {@code start} and {@code stop} as exact ISO 8601 UTC, the uuid,
 * the author, tags, products and rating where any event has them, then one column per attribute.
 * Catalogues are not written: CSV holds one list of events.
 */
final class EventCsvWriter {

    private record Column(String header, Function<EventRecord, String> cell) {}

    private EventCsvWriter() {}

    static void write(CatalogDocument document, Path file, char delimiter) throws IOException {
        List<EventRecord> events = document.events();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("start", e -> Tt2000.format(e.start())));
        columns.add(new Column("stop", e -> Tt2000.format(e.stop())));
        columns.add(new Column("uuid", e -> e.uuid().toString()));
        if (events.stream().anyMatch(e -> !e.author().isEmpty())) {
            columns.add(new Column("author", EventRecord::author));
        }
        if (events.stream().anyMatch(e -> !e.tags().isEmpty())) {
            columns.add(new Column("tags", e -> String.join(",", e.tags())));
        }
        if (events.stream().anyMatch(e -> !e.products().isEmpty())) {
            columns.add(new Column("products", e -> String.join(",", e.products())));
        }
        if (events.stream().anyMatch(e -> e.rating().isPresent())) {
            columns.add(new Column("rating", e -> e.rating().isPresent() ? Integer.toString(e.rating().getAsInt()) : ""));
        }
        Set<String> attributes = new LinkedHashSet<>();
        events.forEach(e -> attributes.addAll(e.attributes().keySet()));
        for (String name : attributes) {
            columns.add(new Column(name, e -> {
                AttributeValue value = e.attributes().get(name);
                return value == null ? "" : CellType.format(value);
            }));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(out, columns, Column::header, delimiter);
            for (EventRecord event : events) {
                line(out, columns, c -> c.cell().apply(event), delimiter);
            }
        }
    }

    private static void line(Writer out, List<Column> columns, Function<Column, String> field, char delimiter) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            out.write(Rfc4180.quote(field.apply(columns.get(i)), delimiter));
        }
        out.write('\n');
    }
}
