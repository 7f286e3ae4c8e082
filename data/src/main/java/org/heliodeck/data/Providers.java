package org.heliodeck.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.heliodeck.data.amda.AmdaProvider;
import org.heliodeck.data.archive.ArchiveRegistry;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.hapi.HapiClient;
import org.heliodeck.data.hapi.HapiClientSettings;
import org.heliodeck.data.hapi.HapiProvider;
import org.heliodeck.data.hapi.HapiServers;
import org.heliodeck.data.http.HttpSettings;
import org.heliodeck.data.sscweb.SscWebProvider;

/**
 * The providers a user can name: the archives they registered, the native web services (AMDA,
 * SSCWeb) and the known HAPI servers.
 */
public final class Providers {

    private final ArchiveRegistry archives;
    private final HapiServers hapi;

    public Providers(Path configDirectory, HapiServers hapi) {
        this.archives = new ArchiveRegistry(configDirectory);
        this.hapi = hapi;
    }

    /** The native web services, by name: nothing is contacted until data or an inventory is asked for. */
    private static final Map<String, Supplier<Provider>> SERVICES = Map.of(
            "amda", () -> new AmdaProvider(AmdaProvider.DEFAULT_BASE, HttpSettings.DEFAULTS),
            SscWebProvider.NAME, () -> new SscWebProvider(SscWebProvider.DEFAULT_BASE, HttpSettings.DEFAULTS));

    /** Names of every provider: archives, then web services, then HAPI servers. */
    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>(archives.archives().keySet());
        names.addAll(new TreeSet<>(SERVICES.keySet()));
        hapi.servers().forEach(s -> names.add(s.name()));
        return names;
    }

    /** The provider of that name; opening an archive looks at its directory. */
    public Optional<Provider> named(String name) throws IOException {
        Path root = archives.archives().get(name);
        if (root != null) {
            return Optional.of(LocalArchive.open(name, root));
        }
        if (SERVICES.containsKey(name)) {
            return Optional.of(SERVICES.get(name).get());
        }
        return hapi.server(name).map(endpoint -> new HapiProvider(new HapiClient(endpoint, HapiClientSettings.DEFAULTS)));
    }

    /** The provider of that name, or a message listing the names there are. */
    public Provider require(String name) throws IOException {
        Optional<Provider> provider = named(name);
        if (provider.isEmpty()) {
            throw new IllegalArgumentException("no provider named " + name + "; there are: " + String.join(", ", names())
                    + " (add an archive with 'heliodeck archive add DIR')");
        }
        return provider.get();
    }

    /** Registered archives by name, for listings. */
    public Map<String, Path> archives() throws IOException {
        return archives.archives();
    }
}
