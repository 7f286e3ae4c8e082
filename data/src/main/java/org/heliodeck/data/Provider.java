package org.heliodeck.data;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;

/**
 * A source of data: a web service (HAPI, CDAWeb, AMDA, CSA, SSCWeb) or a file archive. Found with
 * {@link java.util.ServiceLoader}; the cache and the request planner sit in front of it, so a
 * provider only answers plain questions: what it has, and the values of one dataset over a range.
 */
public interface Provider {

    /** Unique name, e.g. {@code cdaweb-hapi}, {@code amda}, {@code archive:omni2}. */
    String name();

    /** Everything the provider offers, as inventory nodes (may take a network round trip). */
    List<InventoryNode> inventory() throws IOException;

    /**
     * The values of some parameters of a dataset over a range, exactly as the provider returns them.
     *
     * @throws IOException when the provider cannot be reached or answers with an error; the
     *     message names the dataset, the range and the cause
     */
    List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context) throws IOException;

    /** The length of the pieces the cache stores this provider's data in. */
    default Duration fragmentLength() {
        return Duration.ofDays(1);
    }

    /**
     * How many fragments of one request may be fetched at once: enough to hide the latency of a
     * web service, few enough to be polite to it.
     */
    default int parallelFetches() {
        return 4;
    }

    /** Whether data comes over a network: only then is it worth keeping in the cache. */
    default boolean isRemote() {
        return true;
    }

    /** The dataset's version, when the provider tells: cached data of another version is refetched. */
    default Optional<String> version(String dataset) {
        return Optional.empty();
    }
}
