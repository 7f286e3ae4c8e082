package org.heliodeck.formats.ascii;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heliodeck.formats.DataCodec;
import org.heliodeck.formats.DataSet;

/**
 * The {@code csv} codec: any comma-, tab- or semicolon-separated table with an ISO 8601 time
 * column, read as {@link CsvLayouts} infers it; written as {@link CsvWriter} describes (NaN as an
 * empty field), which reads back to the same variables, units and values.
 */
public final class CsvCodec implements DataCodec {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV with a header row and an ISO 8601 time column (comma, tab or semicolon separated)";
    }

    @Override
    public List<String> extensions() {
        return List.of(".csv", ".tsv");
    }

    /**
     * A {@code .csv} or {@code .tsv} file whose first line, not a {@code #} comment, names its columns:
     * headerless CSV (HAPI's, for one) is left to more specific codecs.
     */
    @Override
    public boolean recognises(String fileName, byte[] head) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".tsv")) {
            return false;
        }
        TextLines lines = new TextLines(head, List.of("#"));
        if (!lines.advanceToContent()) {
            return false;
        }
        String first = lines.text();
        return first.chars().anyMatch(Character::isLetter) && !first.matches("^\\s*\\d{4}[-\\d].*");
    }

    @Override
    public DataSet read(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        String source = file.getFileName().toString();
        TextLayout layout = CsvLayouts.infer(source, content);
        String product = productOf(source);
        return new DataSet(product, new TextTableReader(layout).read(source, content, product), Map.of());
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public void write(DataSet data, Path file) throws IOException {
        CsvWriter.write(data, file);
    }

    /** The product named after a file that names none: the file name without its extension. */
    static String productOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
