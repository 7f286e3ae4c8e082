package org.heliodeck.data.cache;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the cache holds, for {@code heliodeck cache stats}.
 *
 * @param entries cached fragments, empty ones (known to have no data) included
 * @param bytes the size of their files
 * @param byProvider the same, per provider name, sorted by name
 */
public record CacheStats(long entries, long bytes, Map<String, Usage> byProvider) {

    public CacheStats {
        byProvider = Collections.unmodifiableSortedMap(new TreeMap<>(byProvider));
    }

    /** One provider's share. */
    public record Usage(long entries, long bytes) {}
}
