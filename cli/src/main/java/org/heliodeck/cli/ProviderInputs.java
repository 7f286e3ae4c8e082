package org.heliodeck.cli;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.Provider;
import org.heliodeck.data.Providers;
import org.heliodeck.data.cache.CacheMode;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.ml.features.InputSource;

/** The detectors' inputs from the installed providers (archives, web services), through the cache. */
final class ProviderInputs implements InputSource, AutoCloseable {

    private final Providers providers = Providers.installed(UserDirectories.current().config());
    private final Map<String, Provider> resolved = new HashMap<>();
    private final FragmentCache cache;
    private final DataAccess access;

    ProviderInputs() throws IOException {
        cache = FragmentCache.open();
        access = new DataAccess(cache);
    }

    @Override
    public List<Variable> fetch(String provider, String dataset, List<String> parameters, TimeRange range) throws IOException {
        Provider p = resolved.get(provider);
        if (p == null) {
            p = providers.require(provider);
            resolved.put(provider, p);
        }
        return access.get(p, dataset, parameters, range, CacheMode.NORMAL, FetchContext.UNWATCHED).variables();
    }

    @Override
    public void close() throws IOException {
        access.close();
        cache.close();
    }
}
