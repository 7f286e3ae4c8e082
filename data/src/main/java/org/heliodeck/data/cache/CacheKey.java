package org.heliodeck.data.cache;

import java.util.List;
import java.util.Objects;

/**
 * What cached data is filed under: one provider's dataset, a set of its parameters, and the
 * dataset's version (empty when the provider gives none).
 *
 * @param parameters the parameters in the order asked; another order is another key, since the
 *     cached variables come back in the order they were fetched
 * @param version the dataset's version: data cached under another version of the same dataset and
 *     parameters is stale and dropped; empty makes the data expire after the provider's retention
 */
public record CacheKey(String provider, String dataset, List<String> parameters, String version) {

    public CacheKey {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(dataset, "dataset");
        parameters = List.copyOf(parameters);
        version = version == null ? "" : version;
    }

    /** A key for a dataset the provider gives no version of. */
    public static CacheKey unversioned(String provider, String dataset, List<String> parameters) {
        return new CacheKey(provider, dataset, parameters, "");
    }

    public boolean isVersioned() {
        return !version.isEmpty();
    }

    /** The parameters as one index column (a comma cannot occur in the ids of HAPI, CDAWeb or AMDA). */
    String parameterList() {
        return String.join(",", parameters);
    }

    @Override
    public String toString() {
        return provider + "/" + dataset + "/" + parameterList() + (version.isEmpty() ? "" : " v" + version);
    }
}
