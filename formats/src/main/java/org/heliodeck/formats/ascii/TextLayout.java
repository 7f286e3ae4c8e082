package org.heliodeck.formats.ascii;

import java.util.List;
import java.util.Objects;

/**
 * How a text table is laid out: what separates fields, which lines to skip, where the time is and
 * which columns make which variables. Immutable; start from {@link #of} and add the rest with the
 * {@code with…} methods.
 *
 * @param delimiter what separates the fields of a line
 * @param commentPrefixes a line starting with one of these (after blanks) is skipped wherever it is
 * @param skippedLines lines skipped unread at the top of the file, before anything else
 * @param headerRow whether the first line after those (and after comments and blank lines) names the
 *     columns rather than holding data
 * @param fieldCount the number of fields every data line must have, or 0 to require only the
 *     columns read
 */
public record TextLayout(
        Delimiter delimiter,
        List<String> commentPrefixes,
        int skippedLines,
        boolean headerRow,
        int fieldCount,
        TimeColumns time,
        List<ColumnVariable> variables) {

    public TextLayout {
        Objects.requireNonNull(delimiter, "delimiter");
        commentPrefixes = List.copyOf(commentPrefixes);
        Objects.requireNonNull(time, "time");
        variables = List.copyOf(variables);
        if (skippedLines < 0 || fieldCount < 0) {
            throw new IllegalArgumentException("skipped lines and field count must not be negative");
        }
        if (fieldCount > 0 && lastColumn(time, variables) >= fieldCount) {
            throw new IllegalArgumentException("a column index reaches past the " + fieldCount + " fields of a line");
        }
        if (variables.stream().map(ColumnVariable::name).distinct().count() != variables.size()) {
            throw new IllegalArgumentException("two variables have the same name");
        }
    }

    /** A table with no comments, no header and any number of fields beyond those read. */
    public static TextLayout of(Delimiter delimiter, TimeColumns time, List<ColumnVariable> variables) {
        return new TextLayout(delimiter, List.of(), 0, false, 0, time, variables);
    }

    public TextLayout withCommentPrefixes(String... prefixes) {
        return new TextLayout(delimiter, List.of(prefixes), skippedLines, headerRow, fieldCount, time, variables);
    }

    public TextLayout withSkippedLines(int lines) {
        return new TextLayout(delimiter, commentPrefixes, lines, headerRow, fieldCount, time, variables);
    }

    public TextLayout withHeaderRow(boolean present) {
        return new TextLayout(delimiter, commentPrefixes, skippedLines, present, fieldCount, time, variables);
    }

    public TextLayout withFieldCount(int fields) {
        return new TextLayout(delimiter, commentPrefixes, skippedLines, headerRow, fields, time, variables);
    }

    /** The highest column index read. */
    int lastColumn() {
        return lastColumn(time, variables);
    }

    private static int lastColumn(TimeColumns time, List<ColumnVariable> variables) {
        int last = time.columns().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (ColumnVariable v : variables) {
            last = Math.max(last, v.columns().stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        return last;
    }
}
