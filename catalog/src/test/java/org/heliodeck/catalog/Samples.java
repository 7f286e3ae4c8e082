package org.heliodeck.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue;

/** Test inputs: the formats module's sample catalog files, and events made up for a test. */
public final class Samples {

    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Samples() {}

    /**
     * A copy in {@code dir} of a sample file of the formats module's tests (read from its test jar),
     * e.g. {@code tscat_export.json}.
     */
    public static Path formats(Path dir, String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(Samples.class.getResourceAsStream("/org/heliodeck/formats/catalog/" + name), name)) {
            Path copy = dir.resolve(name);
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
    }

    /** An event between two ISO times. */
    public static Event event(String start, String stop) {
        return Event.of(Tt2000.parse(start), Tt2000.parse(stop), T0);
    }

    public static Event event(String start, String stop, List<String> tags, int rating, Map<String, AttributeValue> attributes) {
        return new Event(UUID.randomUUID(), Tt2000.parse(start), Tt2000.parse(stop), "Alexis", tags, List.of("wi_h0_mfi"),
                rating == 0 ? OptionalInt.empty() : OptionalInt.of(rating), attributes, T0, T0);
    }
}
