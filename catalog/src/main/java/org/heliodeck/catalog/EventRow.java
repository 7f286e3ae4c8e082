package org.heliodeck.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.heliodeck.catalog.Change.EventState;

/**
 * An event's row selected as one text, its columns joined by the unit separator (U+001F), and read
 * back. One text per row instead of eleven columns: the driver crosses into SQLite once per column
 * read, and for 10⁵ events those crossings cost several times the decoding. The author, free text
 * that could hold any character, comes last and takes the rest; the columns before it are numbers,
 * a uuid and JSON, whose strings escape control characters.
 */
final class EventRow {

    private static final char SEPARATOR = '\u001f';

    private EventRow() {}

    /** The SQL expression of the row of the events table named {@code alias} ("" for none). */
    static String selected(String alias) {
        String e = alias.isEmpty() ? "" : alias + ".";
        return String.join(" || char(31) || ", e + "uuid", e + "start", e + "stop", e + "tags", e + "products",
                "ifnull(" + e + "rating, '')", e + "attributes", e + "created", e + "modified", e + "removed", e + "author");
    }

    /**
     * @param lists the lists read so far, by their JSON: events of a catalog often share their tags
     *     and products, which are then read once and shared
     */
    static EventState decode(String row, Map<String, List<String>> lists) {
        Cursor c = new Cursor(row);
        UUID uuid = UUID.fromString(c.next());
        long start = c.nextLong();
        long stop = c.nextLong();
        String tags = c.next();
        String products = c.next();
        String rating = c.next();
        String attributes = c.next();
        long created = c.nextLong();
        long modified = c.nextLong();
        boolean removed = c.nextLong() != 0;
        String author = row.substring(c.at);
        Event e = new Event(uuid, start, stop, author, lists.computeIfAbsent(tags, StoredJson::strings),
                lists.computeIfAbsent(products, StoredJson::strings),
                rating.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(rating)), StoredJson.attributes(attributes),
                Instant.ofEpochMilli(created), Instant.ofEpochMilli(modified));
        return new EventState(e, removed);
    }

    /** Walks the columns of a row. */
    private static final class Cursor {
        private final String row;
        private int at;

        Cursor(String row) {
            this.row = row;
        }

        String next() {
            int end = end();
            String column = row.substring(at, end);
            at = end + 1;
            return column;
        }

        long nextLong() {
            int end = end();
            long value = Long.parseLong(row, at, end, 10);
            at = end + 1;
            return value;
        }

        private int end() {
            int end = row.indexOf(SEPARATOR, at);
            if (end < 0) {
                throw new IllegalStateException("the store holds an event row with columns missing: " + row);
            }
            return end;
        }
    }
}
