package org.heliodeck.data.cache;

/** How one request uses the cache. */
public enum CacheMode {
    /** Serve fresh cached data, fetch the rest. */
    NORMAL,
    /** Fetch everything again and replace what was cached (a republished file, a suspected bad copy). */
    FORCE_REFRESH,
    /** Serve whatever is cached, expired or not, and report the rest as missing; never fetch. */
    OFFLINE
}
