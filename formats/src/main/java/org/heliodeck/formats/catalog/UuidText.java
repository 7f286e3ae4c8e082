package org.heliodeck.formats.catalog;

import java.util.UUID;
import java.util.regex.Pattern;

/** UUIDs as the files write them: strictly 8-4-4-4-12 hexadecimal digits. */
final class UuidText {

    // UUID.fromString alone accepts short groups such as "1-2-3-4-5", which would not write back the same.
    private static final Pattern CANONICAL =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private UuidText() {}

    static UUID parse(String text) {
        if (!CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a UUID (8-4-4-4-12 hexadecimal digits)");
        }
        return UUID.fromString(text);
    }
}
