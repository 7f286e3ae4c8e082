package org.heliodeck.data;

import java.nio.file.Path;
import java.util.Objects;
import org.heliodeck.data.http.HttpSettings;

/**
 * What a {@link ProviderFactory} makes its providers with: the user's configuration directory (the
 * registered archives, {@link ServiceEndpoints}) and the network settings.
 */
public record ProviderConfig(Path configDirectory, HttpSettings http) {

    public ProviderConfig {
        Objects.requireNonNull(configDirectory, "configDirectory");
        Objects.requireNonNull(http, "http");
    }

    public ServiceEndpoints endpoints() {
        return new ServiceEndpoints(configDirectory);
    }
}
