package org.heliodeck.data.hapi;

import java.util.Objects;
import java.util.Optional;

/** One dataset of a server's {@code /catalog}: its id and, where the server gives one, its title. */
public record HapiCatalogEntry(String id, Optional<String> title) {

    public HapiCatalogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
