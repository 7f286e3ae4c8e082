package org.heliodeck.formats.hapi;

import java.util.Arrays;
import java.util.Objects;
import org.heliodeck.core.model.Values;

/**
 * A {@code double} or {@code integer} parameter: one record of the parameter's size per row.
 *
 * <p>The values are raw, as the source wrote them: fill values stay fill values (they become NaN
 * only in the {@link org.heliodeck.core.model.Variable}s made from the table), so that a table
 * writes back exactly what was read. The array behind {@code values} is the table's own: give
 * {@link org.heliodeck.core.model.Variable#of} a copy, since it writes NaN over fill values.
 */
public record NumericColumn(HapiParameter parameter, Values values) implements HapiColumn {

    public NumericColumn {
        Objects.requireNonNull(parameter, "parameter");
        if (!Arrays.equals(values.shape(), parameter.shape())) {
            throw new IllegalArgumentException("values of '" + parameter.name() + "' have record shape "
                    + Arrays.toString(values.shape()) + " but its size is " + parameter.size());
        }
    }

    @Override
    public int rows() {
        return values.records();
    }
}
