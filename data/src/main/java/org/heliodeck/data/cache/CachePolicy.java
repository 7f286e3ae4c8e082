package org.heliodeck.data.cache;

import java.time.Duration;
import java.util.Map;

/**
 * How much the cache keeps and for how long.
 *
 * @param maxBytes the size of all cached files together, beyond which the least recently read
 *     fragments are evicted
 * @param retention how long unversioned data counts as fresh (versioned data is fresh until its
 *     version changes); expired data is refetched online and still served offline
 * @param retentionByProvider retentions that differ from {@code retention}, by provider name
 */
public record CachePolicy(long maxBytes, Duration retention, Map<String, Duration> retentionByProvider) {

    /** As speasy's cache: 20 GB, unversioned data kept fresh for a week. */
    public static final CachePolicy DEFAULT = new CachePolicy(20_000_000_000L, Duration.ofDays(7), Map.of());

    public CachePolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("cache size limit " + maxBytes + " bytes: must be positive");
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("cache retention " + retention + ": must not be negative");
        }
        retentionByProvider = Map.copyOf(retentionByProvider);
    }

    public CachePolicy withMaxBytes(long bytes) {
        return new CachePolicy(bytes, retention, retentionByProvider);
    }

    public CachePolicy withRetention(Duration value) {
        return new CachePolicy(maxBytes, value, retentionByProvider);
    }

    /** The retention of one provider's unversioned data. */
    public Duration retention(String provider) {
        return retentionByProvider.getOrDefault(provider, retention);
    }
}
