package org.heliodeck.formats.hapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.heliodeck.formats.DataCodec;
import org.heliodeck.formats.DataSet;

/**
 * A HAPI data format as a {@link DataCodec}: files that start with their {@code #} header (CSV,
 * binary) or hold the header's members (JSON), read through a {@link HapiTable} and mapped by
 * {@link HapiDataSetMapping}. The data set's product is the file name without its extension.
 */
abstract sealed class HapiCodec implements DataCodec permits HapiCsvCodec, HapiBinaryCodec, HapiJsonCodec {

    private final String name;
    private final String description;
    private final List<String> extensions;
    private final HapiContent content;
    private final HapiReader reader;
    private final HapiWriter writer;

    HapiCodec(String name, String description, List<String> extensions, HapiContent content, HapiReader reader,
            HapiWriter writer) {
        this.name = name;
        this.description = description;
        this.extensions = List.copyOf(extensions);
        this.content = content;
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> extensions() {
        return extensions;
    }

    @Override
    public boolean recognises(String fileName, byte[] head) {
        return HapiContent.of(fileName, head).filter(content::equals).isPresent();
    }

    @Override
    public DataSet read(Path file) throws IOException {
        return HapiDataSetMapping.toDataSet(readTable(file), product(file));
    }

    /** The file as a table, string parameters included. */
    public HapiTable readTable(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file.toString());
        }
    }

    @Override
    public boolean writes() {
        return true;
    }

    /** Writes the data set with its header; see {@link HapiDataSetMapping#toTable} for what it needs. */
    @Override
    public void write(DataSet data, Path file) throws IOException {
        writeTable(HapiDataSetMapping.toTable(data), file);
    }

    /** Writes the table with its header, string parameters included. */
    public void writeTable(HapiTable table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(table, out, true);
        }
    }

    private static String product(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
