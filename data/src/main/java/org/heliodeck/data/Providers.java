package org.heliodeck.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.heliodeck.data.http.HttpSettings;

/**
 * The providers a user can name, made by the {@link ProviderFactory factories} on the class path:
 * the archives they registered, the native web services (AMDA, CDAWeb, CSA, SSCWeb) and the HAPI
 * servers. Nothing is contacted until data or an inventory is asked for.
 */
public final class Providers {

    private final ProviderConfig config;
    private final List<ProviderFactory> factories;

    public Providers(ProviderConfig config, List<ProviderFactory> factories) {
        this.config = config;
        this.factories = factories.stream().sorted(Comparator.comparingInt(ProviderFactory::order)).toList();
    }

    /** The providers of every factory {@link ServiceLoader} finds, under the user's configuration. */
    public static Providers installed(Path configDirectory) {
        List<ProviderFactory> found = new ArrayList<>();
        ServiceLoader.load(ProviderFactory.class).forEach(found::add);
        return new Providers(new ProviderConfig(configDirectory, HttpSettings.DEFAULTS), found);
    }

    /** Names of every provider: archives, then web services, then HAPI servers. */
    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        for (ProviderFactory f : factories) {
            f.names(config).stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        return names;
    }

    /** The provider of that name; where two factories know a name, the one listed first makes it. */
    public Optional<Provider> named(String name) throws IOException {
        for (ProviderFactory f : factories) {
            Optional<Provider> made = f.create(name, config);
            if (made.isPresent()) {
                return made;
            }
        }
        return Optional.empty();
    }

    /** The provider of that name, or a message listing the names there are. */
    public Provider require(String name) throws IOException {
        Optional<Provider> provider = named(name);
        if (provider.isEmpty()) {
            throw new IllegalArgumentException("no provider named " + name + "; there are: " + String.join(", ", names())
                    + " (add an archive with 'heliodeck archive add DIR', a HAPI server with 'heliodeck provider add')");
        }
        return provider.get();
    }

    public ProviderConfig config() {
        return config;
    }
}
