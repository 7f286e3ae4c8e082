package org.heliodeck.ml.features;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.Provider;
import org.heliodeck.data.cache.CacheMode;

/**
 * The features' inputs from providers (archives, web services) through a data access, so through the
 * cache for remote ones: the command line's and the application's alike. Each provider is looked up
 * once. Safe from any thread.
 */
public final class ProviderInputs implements InputSource {

    /** Finds a provider by name ({@code Providers::require}, or the application's lookup). */
    @FunctionalInterface
    public interface Lookup {
        /** @throws IOException naming the provider when there is none of that name */
        Provider require(String name) throws IOException;
    }

    private final Lookup providers;
    private final DataAccess access;
    private final FetchContext context;
    private final Map<String, Provider> resolved = new ConcurrentHashMap<>();

    /** @param context tells the fetches when to stop: a training or scan cancelled stops its downloads too */
    public ProviderInputs(Lookup providers, DataAccess access, FetchContext context) {
        this.providers = providers;
        this.access = access;
        this.context = context;
    }

    /** @throws java.util.concurrent.CancellationException when {@code context} was cancelled */
    @Override
    public List<Variable> fetch(String provider, String dataset, List<String> parameters, TimeRange range) throws IOException {
        Provider p = resolved.get(provider);
        if (p == null) {
            p = providers.require(provider);
            resolved.put(provider, p);
        }
        return access.get(p, dataset, parameters, range, CacheMode.NORMAL, context).variables();
    }
}
