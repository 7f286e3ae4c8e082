package org.heliodeck.formats.hapi;

import java.util.List;
import java.util.Objects;

/**
 * A {@code string} parameter, or an {@code isotime} parameter other than the time of the records
 * (kept as written, since its text is what the dataset means): {@code elements} values a row.
 *
 * @param values row by row, each row's elements together (last index fastest)
 */
public record StringColumn(HapiParameter parameter, List<String> values) implements HapiColumn {

    public StringColumn {
        Objects.requireNonNull(parameter, "parameter");
        values = List.copyOf(values);
        if (values.size() % elements(parameter) != 0) {
            throw new IllegalArgumentException(values.size() + " values of '" + parameter.name()
                    + "' are not whole rows of " + elements(parameter));
        }
    }

    /** Element {@code element} of row {@code row}. */
    public String get(int row, int element) {
        return values.get(row * elements(parameter) + element);
    }

    @Override
    public int rows() {
        return values.size() / elements(parameter);
    }

    private static int elements(HapiParameter parameter) {
        int n = 1;
        for (int d : parameter.size()) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }
}
