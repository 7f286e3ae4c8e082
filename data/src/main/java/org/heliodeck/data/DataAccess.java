package org.heliodeck.data;

import java.io.IOException;
import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.cache.CacheKey;
import org.heliodeck.data.cache.CacheMode;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.cache.Lookup;

/**
 * "Just get data": the values of some parameters of a dataset over a range, from the persistent
 * cache where it has them and from the provider for the rest, which is then cached. Local archives
 * are read directly: caching files already on disk would only copy them.
 */
public final class DataAccess {

    private final FragmentCache cache;

    public DataAccess(FragmentCache cache) {
        this.cache = cache;
    }

    /**
     * @param mode {@link CacheMode#OFFLINE} never calls the provider and reports what is missing;
     *     {@link CacheMode#FORCE_REFRESH} fetches everything again
     */
    public Lookup get(Provider provider, String dataset, List<String> parameters, TimeRange range, CacheMode mode,
            FetchContext context) throws IOException {
        if (range.isEmpty()) {
            throw new IllegalArgumentException("the range " + range + " is empty: stop must be after start");
        }
        if (!provider.isRemote()) {
            return new Lookup(provider.fetch(dataset, parameters, range, context), List.of());
        }
        CacheKey key = provider.version(dataset)
                .map(v -> new CacheKey(provider.name(), dataset, parameters, v))
                .orElse(CacheKey.unversioned(provider.name(), dataset, parameters));
        return cache.getOrFetch(key, range, provider.fragmentLength(),
                fragment -> provider.fetch(dataset, parameters, fragment, context), mode);
    }
}
