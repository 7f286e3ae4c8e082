package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** tscat's (SciQLop's) JSON export of catalogues and events. */
public final class TscatJsonCodec implements CatalogCodec {

    @Override
    public String name() {
        return "tscat-json";
    }

    @Override
    public String description() {
        return "tscat/SciQLop JSON export: catalogues and their events with custom attributes";
    }

    @Override
    public List<String> extensions() {
        return List.of(".json");
    }

    /** A JSON object whose start mentions the top-level keys of an export. */
    @Override
    public boolean recognises(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        return text.startsWith("{") && (text.contains("\"catalogues\"") || text.contains("\"events\""));
    }

    @Override
    public CatalogDocument read(Path file) throws IOException {
        return TscatJsonReader.read(file);
    }

    @Override
    public void write(CatalogDocument document, Path file) throws IOException {
        TscatJsonWriter.write(document, file);
    }
}
