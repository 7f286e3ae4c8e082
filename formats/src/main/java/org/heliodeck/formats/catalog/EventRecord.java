package org.heliodeck.formats.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.heliodeck.core.time.Tt2000;

/**
 * One event of a catalog file: a time interval with its identity, provenance and custom
 * attributes, as tscat defines it.
 *
 * @param start TT2000, inclusive
 * @param stop TT2000, not before {@code start}
 * @param author who made the event; empty when the file does not say
 * @param tags free labels; none contains a comma (tscat joins them with commas)
 * @param products the data products the event was seen in; none contains a comma
 * @param rating 1 to 10, or empty
 * @param attributes custom attributes in file order, named after {@link Attributes#NAME}
 */
public record EventRecord(UUID uuid, long start, long stop, String author, List<String> tags, List<String> products,
        OptionalInt rating, Map<String, AttributeValue> attributes) {

    /** The keys tscat reserves for an event's fields; no custom attribute may take them. */
    public static final Set<String> FIELDS = Set.of("uuid", "start", "stop", "author", "tags", "products", "rating");

    public EventRecord {
        if (uuid == null) {
            throw new IllegalArgumentException("an event has no uuid");
        }
        Supplier<String> owner = () -> "event " + uuid;
        if (start > stop) {
            throw new IllegalArgumentException(owner.get() + ": start " + Tt2000.format(start) + " is after stop " + Tt2000.format(stop));
        }
        if (author == null) {
            throw new IllegalArgumentException(owner.get() + ": author is missing (use an empty string for none)");
        }
        tags = commaFreeCopy(tags, owner, "tag");
        products = commaFreeCopy(products, owner, "product");
        if (rating.isPresent() && (rating.getAsInt() < 1 || rating.getAsInt() > 10)) {
            throw new IllegalArgumentException(owner.get() + ": rating " + rating.getAsInt() + " is not in 1..10");
        }
        attributes = Attributes.checkedCopy(attributes, FIELDS, owner);
    }

    /** A builder for an event with no author, tags, products, rating or attributes yet. */
    public static Builder builder(UUID uuid, long start, long stop) {
        return new Builder(uuid, start, stop);
    }

    static List<String> commaFreeCopy(List<String> labels, Supplier<String> owner, String what) {
        for (String label : labels) {
            if (label == null || label.indexOf(',') >= 0) {
                throw new IllegalArgumentException(owner.get() + ": " + what + " '" + label + "' is empty or contains a comma");
            }
        }
        return List.copyOf(labels);
    }

    /** Gathers an event's parts as a reader meets them. */
    public static final class Builder {
        private final UUID uuid;
        private final long start;
        private final long stop;
        private String author = "";
        private List<String> tags = List.of();
        private List<String> products = List.of();
        private OptionalInt rating = OptionalInt.empty();
        private final Map<String, AttributeValue> attributes = new LinkedHashMap<>();

        private Builder(UUID uuid, long start, long stop) {
            this.uuid = uuid;
            this.start = start;
            this.stop = stop;
        }

        public Builder author(String value) {
            author = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder products(List<String> value) {
            products = value;
            return this;
        }

        public Builder rating(OptionalInt value) {
            rating = value;
            return this;
        }

        public Builder attribute(String name, AttributeValue value) {
            attributes.put(name, value);
            return this;
        }

        public EventRecord build() {
            return new EventRecord(uuid, start, stop, author, tags, products, rating, attributes);
        }
    }
}
