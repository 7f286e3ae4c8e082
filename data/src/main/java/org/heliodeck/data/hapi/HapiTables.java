package org.heliodeck.data.hapi;

import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.model.Values;
import org.heliodeck.formats.hapi.HapiColumn;
import org.heliodeck.formats.hapi.HapiParameter;
import org.heliodeck.formats.hapi.HapiTable;
import org.heliodeck.formats.hapi.NumericColumn;
import org.heliodeck.formats.hapi.StringColumn;

/** Joins the tables of consecutive requests for the same parameters into one. */
final class HapiTables {

    private HapiTables() {}

    /**
     * The rows of {@code tables} one after the other, described by the first table's info (the
     * pieces' headers differ only in their status and request echoes).
     *
     * @throws IllegalArgumentException when the tables do not hold the same parameters
     */
    static HapiTable concat(List<HapiTable> tables) {
        HapiTable first = tables.getFirst();
        int rows = 0;
        for (HapiTable t : tables) {
            if (t.columns().size() != first.columns().size()) {
                throw new IllegalArgumentException("the pieces of the request hold different parameters: "
                        + first + " and " + t);
            }
            rows = Math.addExact(rows, t.rows());
        }
        long[] times = new long[rows];
        int at = 0;
        for (HapiTable t : tables) {
            for (int r = 0; r < t.rows(); r++) {
                times[at++] = t.time(r);
            }
        }
        List<HapiColumn> columns = new ArrayList<>();
        for (int c = 0; c < first.columns().size(); c++) {
            columns.add(concatColumn(tables, c, rows));
        }
        return new HapiTable(first.info(), times, columns);
    }

    private static HapiColumn concatColumn(List<HapiTable> tables, int c, int rows) {
        HapiParameter parameter = first(tables, c).parameter();
        if (first(tables, c) instanceof NumericColumn numeric) {
            int size = numeric.values().recordSize();
            double[] values = new double[Math.multiplyExact(rows, size)];
            int at = 0;
            for (HapiTable t : tables) {
                if (!(t.columns().get(c) instanceof NumericColumn piece)) {
                    throw new IllegalArgumentException("parameter '" + parameter.name() + "' is not numeric in every piece");
                }
                for (int r = 0; r < piece.rows(); r++) {
                    for (int e = 0; e < size; e++) {
                        values[at++] = piece.values().get(r, e);
                    }
                }
            }
            return new NumericColumn(parameter, Values.of(values, parameter.shape()));
        }
        List<String> values = new ArrayList<>();
        for (HapiTable t : tables) {
            if (!(t.columns().get(c) instanceof StringColumn piece)) {
                throw new IllegalArgumentException("parameter '" + parameter.name() + "' is not a string in every piece");
            }
            values.addAll(piece.values());
        }
        return new StringColumn(parameter, values);
    }

    private static HapiColumn first(List<HapiTable> tables, int c) {
        return tables.getFirst().columns().get(c);
    }
}
