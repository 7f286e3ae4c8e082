package org.heliodeck.data;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Makes the providers of one kind (the registered archives, one web service, the HAPI servers).
 * Found with {@link java.util.ServiceLoader}: a jar adds a kind of provider by listing its factory
 * in {@code META-INF/services/org.heliodeck.data.ProviderFactory}. Making a provider contacts
 * nothing; only its inventory and fetches do.
 */
public interface ProviderFactory {

    /** The names of the providers this factory makes under {@code config}. */
    List<String> names(ProviderConfig config) throws IOException;

    /** The provider of that name, or empty when the name is not one of this factory's. */
    Optional<Provider> create(String name, ProviderConfig config) throws IOException;

    /** Where its providers come in listings: lower first (archives, then services, then HAPI servers). */
    default int order() {
        return 50;
    }
}
