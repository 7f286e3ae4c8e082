package org.heliodeck.data.hapi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server's {@code /capabilities}.
 *
 * @param version the {@code HAPI} member, e.g. {@code 2.0} or {@code 3.3}
 * @param outputFormats {@code csv} always, {@code binary} and {@code json} where offered
 * @param maxRequestDuration the longest time range one data request may span, where the server says
 *     ({@code maxRequestDuration} or {@code x_maxRequestDuration})
 */
public record HapiCapabilities(String version, List<String> outputFormats, Optional<Duration> maxRequestDuration) {

    public HapiCapabilities {
        Objects.requireNonNull(version, "version");
        outputFormats = List.copyOf(outputFormats);
        Objects.requireNonNull(maxRequestDuration, "maxRequestDuration");
    }

    /** The spelling of request parameters this server expects. */
    public HapiDialect dialect() {
        return HapiDialect.of(version);
    }

    /** Whether the server is HAPI 3.3 or later, whose {@code catalog?include=all} holds every dataset's info. */
    public boolean listsInfosInCatalog() {
        String[] parts = version.strip().split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 3 || major == 3 && minor >= 3;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Binary where offered (no text to parse, smaller for doubles), else the mandatory CSV. */
    public String preferredFormat() {
        return outputFormats.contains("binary") ? "binary" : "csv";
    }
}
