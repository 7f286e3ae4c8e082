package org.heliodeck.data.http;

import java.net.URI;
import java.util.Objects;
import org.heliodeck.data.Provider;

/**
 * What every native web-service provider (AMDA, CDAWeb, CSA, SSCWeb) holds: its name, the root of
 * the service's REST API and an {@link HttpGetter} with the user's network settings.
 */
public abstract class WebServiceProvider implements Provider, AutoCloseable {

    private final String name;
    /** The service's root, ending in {@code /} so that relative paths resolve below it. */
    protected final URI base;
    protected final HttpGetter http;

    protected WebServiceProvider(String name, URI base, HttpSettings settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.base = HttpGetter.directory(base);
        this.http = new HttpGetter(settings);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + base + "]";
    }
}
