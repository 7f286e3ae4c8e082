package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a CSV list of events, one a line under a header: the start and stop columns the layout
 * names, the columns {@code uuid}, {@code author}, {@code tags}, {@code products} and {@code rating}
 * where present, and every other column an attribute. CSV has no types: each attribute column takes
 * the first of integer, real, boolean, time and list that all its non-empty cells fit, else text.
 * The file is one catalogue named after the file; rows without a uuid get a random one.
 */
final class EventCsvReader {


    private final EventCsvLayout layout;
    private final CatalogSource source;

    private EventCsvReader(EventCsvLayout layout, CatalogSource source) {
        this.layout = layout;
        this.source = source;
    }

    static CatalogDocument read(Path file, EventCsvLayout layout) throws IOException {
        return new EventCsvReader(layout, new CatalogSource(file.toString())).read(file);
    }

    private CatalogDocument read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int headerIndex = 0;
        while (headerIndex < lines.size() && isSkipped(lines.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw source.problem("", "no header line");
        }
        String headerLine = lines.get(headerIndex).replace("\uFEFF", "");
        String headerAt = "line " + (headerIndex + 1);
        List<String> headers = source.checked(headerAt, () -> Rfc4180.split(headerLine, layout.delimiter()));
        int start = column(headers, true, headerAt);
        int stop = column(headers, false, headerAt);

        List<String[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isSkipped(line)) {
                continue;
            }
            String at = "line " + (i + 1);
            List<String> cells = source.checked(at, () -> Rfc4180.split(line, layout.delimiter()));
            if (cells.size() != headers.size()) {
                throw source.problem(at, cells.size() + " fields where the header has " + headers.size());
            }
            rows.add(cells.toArray(String[]::new));
            rowLines.add(i + 1);
        }

        CellType[] types = new CellType[headers.size()];
        String[] attributes = new String[headers.size()];
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c).strip();
            if (c == start || c == stop || EventRecord.FIELDS.contains(header)) {
                continue;
            }
            attributes[c] = Attributes.nameFor(header, c);
            if (!taken.add(attributes[c])) {
                throw source.problem(headerAt, "two columns make the attribute '" + attributes[c] + "'");
            }
            types[c] = inferType(rows, c);
        }

        List<EventRecord> events = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            events.add(event(rows.get(r), headers, start, stop, types, attributes, "line " + rowLines.get(r)));
        }
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        CatalogueRecord catalogue = CatalogueRecord.builder(UUID.randomUUID(), dot > 0 ? fileName.substring(0, dot) : fileName)
                .events(events.stream().map(EventRecord::uuid).toList())
                .build();
        return source.checked("", () -> CatalogDocument.of(catalogue, events));
    }

    private EventRecord event(String[] cells, List<String> headers, int startColumn, int stopColumn, CellType[] types,
            String[] attributes, String at) {
        long start = source.checked(at, headers.get(startColumn) + ": ", () -> layout.parseTime(cells[startColumn]));
        long stop = source.checked(at, headers.get(stopColumn) + ": ", () -> layout.parseTime(cells[stopColumn]));
        UUID uuid = null;
        String author = "";
        List<String> tags = List.of();
        List<String> products = List.of();
        OptionalInt rating = OptionalInt.empty();
        List<Map.Entry<String, AttributeValue>> values = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (c == startColumn || c == stopColumn || cell.isEmpty()) {
                continue;
            }
            String prefix = headers.get(c).strip() + ": ";
            switch (headers.get(c).strip()) {
                case "uuid" -> uuid = source.checked(at, prefix, () -> UuidText.parse(cell.strip()));
                case "author" -> author = cell;
                case "tags" -> tags = source.checked(at, prefix, () -> VotableCatalogReader.labels(cell));
                case "products" -> products = source.checked(at, prefix, () -> VotableCatalogReader.labels(cell));
                case "rating" -> rating = OptionalInt.of(source.checked(at, prefix, () -> Integer.parseInt(cell.strip())));
                default -> {
                    CellType type = types[c];
                    values.add(Map.entry(attributes[c], source.checked(at, prefix, () -> type.parse(cell))));
                }
            }
        }
        EventRecord.Builder event = EventRecord.builder(uuid == null ? UUID.randomUUID() : uuid, start, stop)
                .author(author).tags(tags).products(products).rating(rating);
        values.forEach(v -> event.attribute(v.getKey(), v.getValue()));
        return source.checked(at, event::build);
    }

    private int column(List<String> headers, boolean start, String at) {
        for (int c = 0; c < headers.size(); c++) {
            if (start ? layout.isStart(headers.get(c)) : layout.isStop(headers.get(c))) {
                return c;
            }
        }
        String wanted = start ? layout.startColumn() : layout.stopColumn();
        throw source.problem(at, "no " + (start ? "start" : "stop") + " column ("
                + (wanted.isEmpty() ? String.join(", ", start ? EventCsvLayout.START_NAMES : EventCsvLayout.STOP_NAMES) : wanted)
                + ") among " + headers);
    }

    private static CellType inferType(List<String[]> rows, int column) {
        return CellType.inferred(rows.stream().map(r -> r[column]).toList());
    }

    private static boolean isSkipped(String line) {
        return line.isBlank() || line.startsWith("#");
    }
}
