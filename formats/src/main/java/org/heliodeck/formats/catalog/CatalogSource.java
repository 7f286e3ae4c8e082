package org.heliodeck.formats.catalog;

import java.util.function.Supplier;
import org.heliodeck.core.io.DataFormatException;

/**
 * The file a reader reads, for its messages: the model's own checks (start after stop, a bad
 * attribute name, a bad time) come back as {@link DataFormatException}s naming the file and the place.
 */
record CatalogSource(String name) {

    DataFormatException problem(String location, String what) {
        return new DataFormatException(name, location, what);
    }

    /** Runs a step that may refuse its input with an IllegalArgumentException. */
    <T> T checked(String location, Supplier<T> step) {
        return checked(location, "", step);
    }

    /** As {@link #checked(String, Supplier)}, with {@code prefix} (e.g. the field) before the complaint. */
    <T> T checked(String location, String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(name, location, prefix + e.getMessage(), e);
        }
    }
}
