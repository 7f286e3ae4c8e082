package org.heliodeck.formats.catalog;

import java.util.ArrayList;
import java.util.List;

/** One line of comma-separated values as RFC 4180 quotes them: {@code "a, b"}, {@code "say ""hi"""}. */
final class Rfc4180 {

    private Rfc4180() {}

    /**
     * The fields of a line; a quoted field cannot span lines here.
     *
     * @throws IllegalArgumentException for a quote left open or text after a closing quote
     */
    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                int open = i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("the quote opened at column " + (open + 1) + " is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < line.length() && line.charAt(i) != delimiter) {
                    throw new IllegalArgumentException("text after the closing quote at column " + i);
                }
            } else {
                while (i < line.length() && line.charAt(i) != delimiter) {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the delimiter
        }
    }

    /** The field as written in a line: quoted where it holds the delimiter, a quote or a line break. */
    static String quote(String field, char delimiter) {
        if (field.indexOf(delimiter) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
