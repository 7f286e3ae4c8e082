package org.heliodeck.data;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.cache.CacheKey;
import org.heliodeck.data.cache.CacheMode;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.cache.FragmentListener;
import org.heliodeck.data.cache.Lookup;

/**
 * "Just get data": the values of some parameters of a dataset over a range, from the persistent
 * cache where it has them and from the provider for the rest, which is then cached. The missing
 * fragments are fetched a few at a time ({@link Provider#parallelFetches()}) and reported as they
 * arrive. Local archives are read directly: caching files already on disk would only copy them.
 */
public final class DataAccess implements AutoCloseable {

    private final FragmentCache cache;
    /** One virtual thread per asynchronous request: a slow provider never holds up another's requests. */
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();

    public DataAccess(FragmentCache cache) {
        this.cache = cache;
    }

    /**
     * @param mode {@link CacheMode#OFFLINE} never calls the provider and reports what is missing;
     *     {@link CacheMode#FORCE_REFRESH} fetches everything again
     * @param listener told of each fetched fragment as it arrives
     * @throws IOException naming the product, the range and the cause when a fetch fails
     * @throws java.util.concurrent.CancellationException when {@code context} was cancelled
     */
    public Lookup get(Provider provider, String dataset, List<String> parameters, TimeRange range, CacheMode mode,
            FetchContext context, FragmentListener listener) throws IOException {
        if (range.isEmpty()) {
            throw new IllegalArgumentException("the range " + range + " is empty: stop must be after start");
        }
        context.checkNotCancelled();
        if (!provider.isRemote()) {
            return new Lookup(provider.fetch(dataset, parameters, range, context), List.of());
        }
        CacheKey key = provider.version(dataset)
                .map(v -> new CacheKey(provider.name(), dataset, parameters, v))
                .orElse(CacheKey.unversioned(provider.name(), dataset, parameters));
        return cache.getOrFetch(key, range, provider.fragmentLength(),
                fragment -> provider.fetch(dataset, parameters, fragment, context), mode, provider.parallelFetches(), listener);
    }

    /** {@link #get(Provider, String, List, TimeRange, CacheMode, FetchContext, FragmentListener)}, nobody told of fragments. */
    public Lookup get(Provider provider, String dataset, List<String> parameters, TimeRange range, CacheMode mode,
            FetchContext context) throws IOException {
        return get(provider, dataset, parameters, range, mode, context, FragmentListener.NONE);
    }

    /**
     * The same, in the background: the future completes with the lookup, or exceptionally with the
     * {@link IOException} or {@link java.util.concurrent.CancellationException} the request ended in.
     */
    public CompletableFuture<Lookup> getAsync(Provider provider, String dataset, List<String> parameters, TimeRange range,
            CacheMode mode, FetchContext context, FragmentListener listener) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return get(provider, dataset, parameters, range, mode, context, listener);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, requests);
    }

    /** {@code provider} with its fetches answered through this access (the cache, for a remote one). */
    public Provider through(Provider provider) {
        return new CachedProvider(this, provider);
    }

    /** Stops taking requests; those under way finish. The cache is the caller's to close. */
    @Override
    public void close() {
        requests.shutdown();
    }
}
