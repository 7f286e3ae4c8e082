package org.heliodeck.formats.hapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Members of a HAPI JSON object that Heliodeck keeps without interpreting them ({@code x_}
 * extensions, fields of later specification versions): name to JSON text, in document order, so
 * that they are written back as they came.
 */
final class JsonMembers {

    private JsonMembers() {}

    /** An unmodifiable copy that keeps the order of {@code members}. */
    static Map<String, String> copyOf(Map<String, String> members) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }
}
