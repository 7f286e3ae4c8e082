package org.heliodeck.formats.hapi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a HAPI data stream, as faithful as the formats allow: the info, the record times
 * in stream order, and a column per other parameter, numeric or {@linkplain StringColumn string}.
 *
 * <p>This is how HAPI string parameters are kept: a {@link org.heliodeck.formats.DataSet} holds only
 * numeric {@link org.heliodeck.core.model.Variable}s, so {@link HapiDataSetMapping#toDataSet} leaves
 * string columns out, while readers and writers of tables keep them, and the codecs round-trip them
 * through the table. Equality is by content.
 */
public final class HapiTable {

    private final HapiInfo info;
    private final long[] times;
    private final List<HapiColumn> columns;

    /** A table of no rows with the parameters of {@code info}, as a request without data is answered. */
    public static HapiTable empty(HapiInfo info) {
        return new HapiTableBuilder(HapiLayout.of(info, "", "info"), "").build();
    }

    /**
     * Adopts {@code times} (not copied; the caller must not change it).
     *
     * @param columns one per parameter of {@code info} after the first (the time), in order, each of
     *     {@code times.length} rows
     * @throws IllegalArgumentException when the columns do not match the info or the times
     */
    public HapiTable(HapiInfo info, long[] times, List<HapiColumn> columns) {
        this.info = Objects.requireNonNull(info, "info");
        this.times = Objects.requireNonNull(times, "times");
        this.columns = List.copyOf(columns);
        List<HapiParameter> parameters = info.parameters();
        if (parameters.size() != this.columns.size() + 1) {
            throw new IllegalArgumentException("the info lists " + parameters.size() + " parameters, the time and "
                    + (parameters.size() - 1) + " others, for " + this.columns.size() + " columns");
        }
        for (int i = 0; i < this.columns.size(); i++) {
            HapiColumn column = this.columns.get(i);
            if (!column.parameter().equals(parameters.get(i + 1))) {
                throw new IllegalArgumentException("column " + i + " ('" + column.parameter().name()
                        + "') is not described as parameter " + (i + 1) + " ('" + parameters.get(i + 1).name()
                        + "') of the info");
            }
            if (column.rows() != times.length) {
                throw new IllegalArgumentException("column '" + column.parameter().name() + "' has " + column.rows()
                        + " rows for " + times.length + " times");
            }
        }
    }

    public HapiInfo info() {
        return info;
    }

    public int rows() {
        return times.length;
    }

    /** TT2000 time of row {@code row}. */
    public long time(int row) {
        return times[Objects.checkIndex(row, times.length)];
    }

    /** The columns after the time, in the info's order. */
    public List<HapiColumn> columns() {
        return columns;
    }

    public Optional<HapiColumn> column(String name) {
        return columns.stream().filter(c -> c.parameter().name().equals(name)).findFirst();
    }

    /** The times array itself, for the package's readers of whole tables. */
    long[] timesArray() {
        return times;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HapiTable other && info.equals(other.info) && Arrays.equals(times, other.times)
                && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, Arrays.hashCode(times), columns);
    }

    @Override
    public String toString() {
        return "HapiTable[" + times.length + " rows, parameters "
                + info.parameters().stream().map(HapiParameter::name).toList() + "]";
    }
}
