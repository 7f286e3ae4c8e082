package org.heliodeck.data.cache;

import org.heliodeck.core.time.TimeRange;

/**
 * One row of the cache index: a fragment of one key's data.
 *
 * @param file the file's name in the cache's file directory, or empty for a fragment known to have
 *     no data
 * @param checksum CRC32C of the whole file
 * @param fetchedAt when the data was fetched, epoch milliseconds of the cache's clock
 * @param lastAccess when the fragment was last stored or read, for LRU eviction
 */
record IndexEntry(long id, CacheKey key, TimeRange range, String file, long bytes, long checksum, long fetchedAt,
        long lastAccess) {

    boolean hasData() {
        return !file.isEmpty();
    }
}
