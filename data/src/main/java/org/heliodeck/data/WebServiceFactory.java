package org.heliodeck.data;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.heliodeck.data.http.HttpSettings;

/**
 * The factory of a web service with one provider: at its public root unless the user's
 * {@link ServiceEndpoints} move it (to a mirror, or a local server).
 */
public abstract class WebServiceFactory implements ProviderFactory {

    private final String name;
    private final URI publicRoot;
    private final BiFunction<URI, HttpSettings, Provider> make;

    protected WebServiceFactory(String name, URI publicRoot, BiFunction<URI, HttpSettings, Provider> make) {
        this.name = Objects.requireNonNull(name, "name");
        this.publicRoot = Objects.requireNonNull(publicRoot, "publicRoot");
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public final List<String> names(ProviderConfig config) {
        return List.of(name);
    }

    @Override
    public final Optional<Provider> create(String asked, ProviderConfig config) throws IOException {
        return asked.equals(name) ? Optional.of(make.apply(config.endpoints().root(name, publicRoot), config.http()))
                : Optional.empty();
    }
}
