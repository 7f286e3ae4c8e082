package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Lists of events as CSV, such as published ICME lists ({@code begin,end,origin}); see
 * {@link EventCsvReader} for the columns read and {@link EventCsvLayout} for the choices of
 * columns, time pattern and delimiter. CSV carries no types (they are inferred per column on
 * reading), no catalogue and no document attributes.
 */
public final class EventCsvCodec implements CatalogCodec {

    private final EventCsvLayout layout;

    /** The codec found by {@link CatalogCodecs}: {@link EventCsvLayout#DEFAULT}. */
    public EventCsvCodec() {
        this(EventCsvLayout.DEFAULT);
    }

    public EventCsvCodec(EventCsvLayout layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return "event-csv";
    }

    @Override
    public String description() {
        return "events as CSV: a start and a stop column, other columns attributes";
    }

    @Override
    public List<String> extensions() {
        return List.of(".csv");
    }

    /** A file ending in .csv whose first line names a start and a stop column. */
    @Override
    public boolean recognises(String fileName, byte[] head) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        String first = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("").replace("\uFEFF", "");
        List<String> headers;
        try {
            headers = Rfc4180.split(first, layout.delimiter());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return headers.stream().anyMatch(layout::isStart) && headers.stream().anyMatch(layout::isStop);
    }

    @Override
    public CatalogDocument read(Path file) throws IOException {
        return EventCsvReader.read(file, layout);
    }

    @Override
    public void write(CatalogDocument document, Path file) throws IOException {
        EventCsvWriter.write(document, file, layout.delimiter());
    }
}
