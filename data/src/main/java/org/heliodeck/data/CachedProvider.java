package org.heliodeck.data;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.cache.CacheMode;

/**
 * A provider whose fetches go through the cache: what a server relaying a web service serves, so
 * that its clients' repeated requests cost the service nothing.
 */
final class CachedProvider implements Provider {

    private final DataAccess access;
    private final Provider provider;

    CachedProvider(DataAccess access, Provider provider) {
        this.access = access;
        this.provider = provider;
    }

    @Override
    public String name() {
        return provider.name();
    }

    @Override
    public List<InventoryNode> inventory() throws IOException {
        return provider.inventory();
    }

    @Override
    public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context)
            throws IOException {
        return access.get(provider, dataset, parameters, range, CacheMode.NORMAL, context).variables();
    }

    @Override
    public Duration fragmentLength() {
        return provider.fragmentLength();
    }

    @Override
    public int parallelFetches() {
        return provider.parallelFetches();
    }

    @Override
    public boolean isRemote() {
        return provider.isRemote();
    }

    @Override
    public Optional<String> version(String dataset) {
        return provider.version(dataset);
    }

    @Override
    public String toString() {
        return provider + " through the cache";
    }
}
