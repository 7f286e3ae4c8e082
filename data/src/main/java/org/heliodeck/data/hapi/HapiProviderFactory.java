package org.heliodeck.data.hapi;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heliodeck.data.Provider;
import org.heliodeck.data.ProviderConfig;
import org.heliodeck.data.ProviderFactory;

/** The public HAPI servers (CDAWeb, AMDA, CSA; each movable in the configuration) and the user's own. */
public final class HapiProviderFactory implements ProviderFactory {

    @Override
    public List<String> names(ProviderConfig config) throws IOException {
        return servers(config).servers().stream().map(HapiEndpoint::name).toList();
    }

    @Override
    public Optional<Provider> create(String name, ProviderConfig config) throws IOException {
        HapiClientSettings settings = HapiClientSettings.from(config.http());
        return servers(config).server(name).map(endpoint -> new HapiProvider(new HapiClient(endpoint, settings)));
    }

    @Override
    public int order() {
        return 90;
    }

    private static HapiServers servers(ProviderConfig config) throws IOException {
        List<HapiEndpoint> defaults = HapiServers.defaults().servers();
        HapiServers servers = new HapiServers(List.of());
        for (HapiEndpoint d : defaults) {
            servers = servers.plus(d.name(), config.endpoints().root(d.name(), d.root()).toString());
        }
        for (Map.Entry<String, String> own : config.endpoints().hapiServers().entrySet()) {
            if (servers.server(own.getKey()).isEmpty()) {
                servers = servers.plus(own.getKey(), own.getValue());
            }
        }
        return servers;
    }
}
