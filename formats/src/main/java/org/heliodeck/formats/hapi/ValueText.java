package org.heliodeck.formats.hapi;

import java.util.function.Supplier;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.Tt2000;

/**
 * Values of a record written as text (CSV fields, JSON strings, binary times), read with messages
 * that say where; the location is only built for a message, not for every value.
 */
final class ValueText {

    private ValueText() {}

    /** The TT2000 of a record's time. */
    static long time(CharSequence text, String source, Supplier<String> location) {
        try {
            return Tt2000.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, location.get(), "bad time: " + e.getMessage(), e);
        }
    }

    /** A number of parameter {@code name}; {@code NaN} is read as NaN, as HAPI servers write it. */
    static double number(String text, String name, String source, Supplier<String> location) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DataFormatException(source, location.get(), "'" + text + "' is not a number (parameter '" + name + "')");
        }
    }
}
