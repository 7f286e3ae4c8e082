package org.heliodeck.formats.hapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Values;

/**
 * Collects the rows of a table as a reader decodes them: a time, then each field's values in order.
 * Arrays grow by doubling, so memory stays proportional to the data read.
 */
final class HapiTableBuilder {

    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final int INITIAL_VALUES = 1 << 12;

    private final HapiLayout layout;
    private final String source;
    private long[] times = new long[64];
    private int rows;
    private final double[][] numbers;
    private final int[] filled;
    private final List<List<String>> texts = new ArrayList<>();

    HapiTableBuilder(HapiLayout layout, String source) {
        this.layout = layout;
        this.source = source;
        List<HapiLayout.Field> fields = layout.fields();
        numbers = new double[fields.size()][];
        filled = new int[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            HapiLayout.Field field = fields.get(i);
            boolean column = i > 0;
            numbers[i] = column && field.type().numeric()
                    ? new double[Math.min(INITIAL_VALUES, field.elements() * 64)]
                    : null;
            texts.add(column && !field.type().numeric() ? new ArrayList<>() : null);
        }
    }

    int rows() {
        return rows;
    }

    /**
     * Starts a row at {@code time}; the reader then adds every field's values.
     *
     * @param location where the row lies in the source, for the message when there are too many rows
     */
    void startRow(long time, Supplier<String> location) {
        if (rows == times.length) {
            if (rows == MAX_ARRAY) {
                throw new DataFormatException(source, location.get(), "more than " + MAX_ARRAY + " records");
            }
            times = Arrays.copyOf(times, (int) Math.min(MAX_ARRAY, 2L * rows));
        }
        times[rows++] = time;
    }

    void addNumber(int field, double value) {
        double[] array = numbers[field];
        if (filled[field] == array.length) {
            if (array.length == MAX_ARRAY) {
                throw new DataFormatException(source, "record " + rows, "parameter '"
                        + layout.fields().get(field).parameter().name() + "' holds more values than an array can");
            }
            array = Arrays.copyOf(array, (int) Math.min(MAX_ARRAY, 2L * array.length));
            numbers[field] = array;
        }
        array[filled[field]++] = value;
    }

    void addText(int field, String value) {
        texts.get(field).add(value);
    }

    HapiTable build() {
        List<HapiLayout.Field> fields = layout.fields();
        List<HapiColumn> columns = new ArrayList<>();
        for (int i = 1; i < fields.size(); i++) {
            HapiParameter parameter = fields.get(i).parameter();
            columns.add(numbers[i] != null
                    ? new NumericColumn(parameter, Values.of(Arrays.copyOf(numbers[i], filled[i]), parameter.shape()))
                    : new StringColumn(parameter, texts.get(i)));
        }
        return new HapiTable(layout.info(), Arrays.copyOf(times, rows), columns);
    }
}
