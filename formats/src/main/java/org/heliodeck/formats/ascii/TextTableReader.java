package org.heliodeck.formats.ascii;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeScale;
import org.heliodeck.formats.DataSet;

/**
 * Reads a text table as a {@link TextLayout} describes it, into one {@link Variable} per
 * {@link ColumnVariable}. The file is read whole into memory and scanned in place: fields are
 * located without copying, only the columns the layout uses are converted, numbers go straight into
 * the variables' primitive arrays. Thread-safe; reusable for any number of files.
 */
public final class TextTableReader {

    private final TextLayout layout;
    private final int[] usedColumns;
    private final int[][] columnsOf;
    private final int[][] shapes;
    private final int neededFields;

    public TextTableReader(TextLayout layout) {
        this.layout = layout;
        TreeSet<Integer> used = new TreeSet<>();
        List<ColumnVariable> variables = layout.variables();
        columnsOf = new int[variables.size()][];
        shapes = new int[variables.size()][];
        for (int v = 0; v < variables.size(); v++) {
            columnsOf[v] = variables.get(v).columns().stream().mapToInt(Integer::intValue).toArray();
            shapes[v] = variables.get(v).shape();
            used.addAll(variables.get(v).columns());
        }
        usedColumns = used.stream().mapToInt(Integer::intValue).toArray();
        neededFields = layout.fieldCount() > 0 ? layout.fieldCount() : layout.lastColumn() + 1;
    }

    public TextLayout layout() {
        return layout;
    }

    /** Reads a file; the data set has no attributes. */
    public DataSet read(Path file, String product) throws IOException {
        byte[] content = Files.readAllBytes(file);
        return new DataSet(product, read(file.getFileName().toString(), content, product), Map.of());
    }

    /**
     * Reads a file already in memory.
     *
     * @param source the file's name, for messages
     * @throws DataFormatException naming the source, line and field of the first thing that cannot be read
     */
    public List<Variable> read(String source, byte[] content, String product) {
        TextLines lines = new TextLines(content, layout.commentPrefixes());
        int skipped = 0;
        while (skipped < layout.skippedLines() && lines.advance()) {
            skipped++;
        }
        if (layout.headerRow()) {
            lines.advanceToContent();
        }
        boolean any = lines.advanceToContent();
        int capacity = any ? lines.estimatedRemainingLines() : 0;
        long[] times = new long[capacity];
        double[][] data = new double[columnsOf.length][];
        for (int v = 0; v < data.length; v++) {
            data[v] = new double[capacity * columnsOf[v].length];
        }
        double[] row = new double[layout.lastColumn() + 1];
        FieldSplitter fields = new FieldSplitter(layout.delimiter());
        TimeReader time = TimeReader.of(layout.time(), TimeScale.standard());
        int records = 0;
        for (; any; any = lines.advanceToContent()) {
            fields.split(content, lines.start(), lines.end());
            checkFieldCount(source, lines, fields.count());
            if (records == capacity) {
                capacity += (capacity >> 1) + 16;
                times = Arrays.copyOf(times, capacity);
                for (int v = 0; v < data.length; v++) {
                    data[v] = Arrays.copyOf(data[v], capacity * columnsOf[v].length);
                }
            }
            try {
                times[records] = time.read(fields);
                for (int c : usedColumns) {
                    row[c] = fields.number(c);
                }
            } catch (FieldProblem p) {
                throw new DataFormatException(source, "line " + lines.number() + ", field " + (p.field() + 1),
                        p.getMessage() + " (" + describe(p.field()) + ")");
            }
            for (int v = 0; v < columnsOf.length; v++) {
                int[] columns = columnsOf[v];
                double[] out = data[v];
                int at = records * columns.length;
                for (int e = 0; e < columns.length; e++) {
                    out[at + e] = row[columns[e]];
                }
            }
            records++;
        }
        if (records < capacity) {
            times = Arrays.copyOf(times, records);
            for (int v = 0; v < data.length; v++) {
                data[v] = Arrays.copyOf(data[v], records * columnsOf[v].length);
            }
        }
        List<Variable> variables = new ArrayList<>(columnsOf.length);
        for (int v = 0; v < columnsOf.length; v++) {
            ColumnVariable spec = layout.variables().get(v);
            // The variables share one times array: Variable.of adopts it but never writes to it.
            variables.add(Variable.of(product, spec.name(), times, Values.of(data[v], shapes[v]), spec.axes(),
                    spec.metadata()));
        }
        return variables;
    }

    private void checkFieldCount(String source, TextLines lines, int count) {
        if (layout.fieldCount() > 0 ? count != neededFields : count < neededFields) {
            throw new DataFormatException(source, "line " + lines.number(), "has " + count + " fields where "
                    + (layout.fieldCount() > 0 ? "" : "at least ") + neededFields + " are expected: truncated or not this format");
        }
    }

    /** What a column holds, for messages: the time or the variables it feeds. */
    private String describe(int column) {
        if (layout.time().columns().contains(column)) {
            return "time";
        }
        List<String> names = layout.variables().stream().filter(v -> v.columns().contains(column))
                .map(ColumnVariable::name).toList();
        return names.isEmpty() ? "unused column" : String.join(", ", names);
    }
}
