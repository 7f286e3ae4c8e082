package org.heliodeck.formats.ascii;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of one CSV column as Heliodeck writes and reads it: the variable's name, then
 * {@code [i]} for element {@code i} of a vector, then the units in parentheses, e.g.
 * {@code B_GSE[2] (nT)}. A heading without index or units is a plain name.
 *
 * @param index the element index, or -1 for a scalar
 * @param units empty when none is given
 */
record CsvHeading(String name, int index, String units) {

    private static final Pattern FORM = Pattern.compile("(.*?)(?:\\[(\\d{1,9})])?(?:\\s*\\(([^()]*)\\))?");

    static CsvHeading parse(String heading) {
        Matcher m = FORM.matcher(heading.strip());
        if (!m.matches() || m.group(1).isBlank()) {
            return new CsvHeading(heading.strip(), -1, "");
        }
        return new CsvHeading(m.group(1).strip(), m.group(2) == null ? -1 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? "" : m.group(3).strip());
    }

    String format() {
        return name + (index >= 0 ? "[" + index + "]" : "") + (units.isEmpty() ? "" : " (" + units + ")");
    }
}
