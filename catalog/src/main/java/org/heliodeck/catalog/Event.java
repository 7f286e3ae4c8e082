package org.heliodeck.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.formats.catalog.AttributeValue;
import org.heliodeck.formats.catalog.EventRecord;

/**
 * An event: a time interval showing the signature of a phenomenon, with tscat's fields and their
 * meanings, plus when it was created and last modified.
 *
 * @param start TT2000 nanoseconds, inclusive (TT2000 like every time in Heliodeck, so leap seconds are exact)
 * @param stop TT2000, not before {@code start}
 * @param author empty for none
 * @param tags free labels without commas
 * @param products the data products the event was seen in
 * @param rating 1 to 10, or empty
 * @param attributes custom attributes, named after {@code ^[A-Za-z][A-Za-z_0-9]*$}, in insertion order
 * @param created when the event was first stored (milliseconds precision, the store's)
 * @param modified when it was last changed
 */
public record Event(UUID uuid, long start, long stop, String author, List<String> tags, List<String> products,
        OptionalInt rating, Map<String, AttributeValue> attributes, Instant created, Instant modified) {

    public Event {
        // The exchange model's checks are tscat's rules: an event that passes them can always be exported.
        EventRecord checked = new EventRecord(uuid, start, stop, author, tags, products, rating, attributes);
        tags = checked.tags();
        products = checked.products();
        attributes = checked.attributes();
        if (created == null || modified == null) {
            throw new IllegalArgumentException("event " + uuid + ": created and modified times are required");
        }
    }

    /** A new event with a random uuid, no author, tags, products, rating or attributes. */
    public static Event of(long start, long stop, Instant now) {
        return new Event(UUID.randomUUID(), start, stop, "", List.of(), List.of(), OptionalInt.empty(), Map.of(), now, now);
    }

    /** The event described by a record of a catalog file. */
    public static Event of(EventRecord record, Instant now) {
        return new Event(record.uuid(), record.start(), record.stop(), record.author(), record.tags(), record.products(),
                record.rating(), record.attributes(), now, now);
    }

    public EventRecord toRecord() {
        return new EventRecord(uuid, start, stop, author, tags, products, rating, attributes);
    }

    public TimeRange range() {
        return new TimeRange(start, stop);
    }

    /** Whether two events say the same thing, whatever their uuids and times of creation. */
    public boolean sameContentAs(Event other) {
        return start == other.start && stop == other.stop && author.equals(other.author) && tags.equals(other.tags)
                && products.equals(other.products) && rating.equals(other.rating) && attributes.equals(other.attributes);
    }

    public Event withTimes(long newStart, long newStop) {
        return new Event(uuid, newStart, newStop, author, tags, products, rating, attributes, created, modified);
    }

    public Event withAuthor(String value) {
        return new Event(uuid, start, stop, value, tags, products, rating, attributes, created, modified);
    }

    public Event withTags(List<String> value) {
        return new Event(uuid, start, stop, author, value, products, rating, attributes, created, modified);
    }

    public Event withProducts(List<String> value) {
        return new Event(uuid, start, stop, author, tags, value, rating, attributes, created, modified);
    }

    public Event withRating(OptionalInt value) {
        return new Event(uuid, start, stop, author, tags, products, value, attributes, created, modified);
    }

    public Event withAttributes(Map<String, AttributeValue> value) {
        return new Event(uuid, start, stop, author, tags, products, rating, value, created, modified);
    }

    Event withModified(Instant value) {
        return new Event(uuid, start, stop, author, tags, products, rating, attributes, created, value);
    }
}
