package org.heliodeck.data.hapi;

import java.util.Objects;
import java.util.Optional;

/** A HAPI 3 server's {@code /about}: who runs it and how to reach them. */
public record HapiAbout(String id, String title, String contact, Optional<String> description) {

    public HapiAbout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(description, "description");
    }
}
