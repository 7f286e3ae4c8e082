package org.heliodeck.formats.ascii;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.Metadata;

/**
 * One variable of a text table and the columns (0-based) it is read from: one for a scalar,
 * several for a vector or a spectrogram, whose elements are the columns in the given order. A
 * column may feed several variables (OMNI2's Bx serves both B GSE and B GSM). The metadata's
 * fill value applies to every column of the variable.
 *
 * @param axes the bins of the record's one dimension (a spectrogram's energies), or none
 */
public record ColumnVariable(String name, List<Integer> columns, Metadata metadata, List<Axis> axes) {

    public ColumnVariable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(metadata, "metadata");
        axes = List.copyOf(axes);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("variable '" + name + "' has no column");
        }
        if (columns.stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("variable '" + name + "' has a negative column index: " + columns);
        }
        if (axes.size() > 1 || (axes.size() == 1 && axes.getFirst().size() != columns.size())) {
            throw new IllegalArgumentException("variable '" + name + "' reads " + columns.size()
                    + " columns but its axes do not describe one dimension of that size");
        }
    }

    /** A scalar read from one column. */
    public static ColumnVariable scalar(String name, int column, Metadata metadata) {
        return new ColumnVariable(name, List.of(column), metadata, List.of());
    }

    /** A vector read from {@code count} consecutive columns starting at {@code first}. */
    public static ColumnVariable vector(String name, int first, int count, Metadata metadata) {
        return new ColumnVariable(name, IntStream.range(first, first + count).boxed().toList(), metadata, List.of());
    }

    /** The record shape: a scalar for one column without bins, else one dimension. */
    int[] shape() {
        return columns.size() == 1 && axes.isEmpty() ? new int[0] : new int[] {columns.size()};
    }
}
