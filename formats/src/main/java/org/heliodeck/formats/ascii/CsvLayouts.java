package org.heliodeck.formats.ascii;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.time.TimeParseException;
import org.heliodeck.core.time.Tt2000;

/**
 * Works out the {@link TextLayout} of a CSV file nobody described, from its first lines: the
 * delimiter (comma, tab or semicolon, whichever the first line has most of), whether that line
 * names the columns, the time column (the first field of the first data row that is an ISO 8601
 * time and not a plain number, so that a column of years is not taken for dates), and one variable
 * per other numeric column — consecutive headings {@code name[0]}, {@code name[1]}… make one vector
 * (see {@link CsvHeading}). Columns that are not numeric in the first data row are left out; lines
 * starting with {@code #} are comments.
 */
final class CsvLayouts {

    private static final List<String> COMMENTS = List.of("#");

    private CsvLayouts() {}

    static TextLayout infer(String source, byte[] content) {
        TextLines lines = new TextLines(content, COMMENTS);
        if (!lines.advanceToContent()) {
            throw new DataFormatException(source, "", "the file holds no line of data");
        }
        Delimiter delimiter = delimiterOf(lines);
        FieldSplitter fields = new FieldSplitter(delimiter);
        fields.split(content, lines.start(), lines.end());
        int firstLine = lines.number();
        boolean headerRow = timeColumn(fields) < 0;
        List<CsvHeading> headings = new ArrayList<>();
        for (int i = 0; i < fields.count(); i++) {
            headings.add(headerRow ? CsvHeading.parse(fields.text(i)) : new CsvHeading("column_" + (i + 1), -1, ""));
        }
        if (headerRow) {
            if (!lines.advanceToContent()) {
                throw new DataFormatException(source, "line " + firstLine, "the header row is followed by no data");
            }
            fields.split(content, lines.start(), lines.end());
        }
        int time = timeColumn(fields);
        if (time < 0) {
            throw new DataFormatException(source, "line " + lines.number(), "no field is an ISO 8601 time");
        }
        List<ColumnVariable> variables = variables(fields, headings, time);
        return TextLayout.of(delimiter, new TimeColumns.Iso(time), variables)
                .withCommentPrefixes("#")
                .withHeaderRow(headerRow);
    }

    private static List<ColumnVariable> variables(FieldSplitter firstRow, List<CsvHeading> headings, int time) {
        List<ColumnVariable> variables = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int columns = Math.min(firstRow.count(), headings.size());
        for (int c = 0; c < columns; ) {
            if (c == time || !firstRow.isNumber(c)) {
                c++;
                continue;
            }
            CsvHeading heading = headings.get(c);
            int count = 1;
            if (heading.index() == 0) {
                while (c + count < columns && c + count != time && firstRow.isNumber(c + count)
                        && isElement(headings.get(c + count), heading, count)) {
                    count++;
                }
            }
            boolean vector = heading.index() == 0;
            // A lone element heading such as "B[2]" is a scalar of that name.
            String base = vector || heading.index() < 0 ? heading.name() : heading.name() + "[" + heading.index() + "]";
            String name = base;
            for (int n = 2; !names.add(name); n++) {
                name = base + "_" + n;
            }
            Metadata metadata = Metadata.builder().label(base).units(heading.units()).build();
            variables.add(vector ? ColumnVariable.vector(name, c, count, metadata) : ColumnVariable.scalar(name, c, metadata));
            c += count;
        }
        return variables;
    }

    private static boolean isElement(CsvHeading candidate, CsvHeading first, int index) {
        return candidate.index() == index && candidate.name().equals(first.name()) && candidate.units().equals(first.units());
    }

    private static int timeColumn(FieldSplitter fields) {
        for (int i = 0; i < fields.count(); i++) {
            if (fields.isEmpty(i) || fields.isNumber(i)) {
                continue;
            }
            try {
                Tt2000.parse(fields.chars(i));
                return i;
            } catch (TimeParseException e) {
                // not the time column: try the next
            }
        }
        return -1;
    }

    private static Delimiter delimiterOf(TextLines lines) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        byte[] b = lines.bytes();
        for (int i = lines.start(); i < lines.end(); i++) {
            switch (b[i]) {
                case ',' -> commas++;
                case '\t' -> tabs++;
                case ';' -> semicolons++;
                default -> { }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return Delimiter.TAB;
        }
        return semicolons > commas ? Delimiter.SEMICOLON : Delimiter.COMMA;
    }
}
