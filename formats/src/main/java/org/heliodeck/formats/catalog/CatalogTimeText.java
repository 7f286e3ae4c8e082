package org.heliodeck.formats.catalog;

import java.util.regex.Pattern;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.Tt2000;

/** How the catalog formats write instants, and how a text value is told to be one. */
final class CatalogTimeText {

    /**
     * A full calendar date and time, with an optional fraction and zone: what tscat writes for
     * datetimes. Looser forms (a date alone, day of year) stay text, since they are as likely labels.
     */
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?");

    private CatalogTimeText() {}

    static boolean looksLikeDateTime(String text) {
        return DATE_TIME.matcher(text).matches();
    }

    /**
     * Python's {@code datetime.isoformat()} of an aware UTC datetime, which every tscat reads back:
     * no fraction on a whole second, else 6 digits, 9 when the nanoseconds need them.
     */
    static String tscat(long tt2000) {
        int nano = Tt2000.utc(tt2000).nano();
        int digits = nano == 0 ? 0 : nano % 1000 == 0 ? 6 : 9;
        return withoutZone(tt2000, digits) + "+00:00";
    }

    /** AMDA's {@code YYYY-MM-DDThh:mm:ss.sss}, with more digits only where milliseconds would lose the instant. */
    static String amda(long tt2000) {
        int nano = Tt2000.utc(tt2000).nano();
        int digits = nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
        return withoutZone(tt2000, digits);
    }

    private static String withoutZone(long tt2000, int digits) {
        String iso = IsoTimeFormat.EXACT.withFractionDigits(digits).format(tt2000);
        return iso.substring(0, iso.length() - 1);
    }
}
