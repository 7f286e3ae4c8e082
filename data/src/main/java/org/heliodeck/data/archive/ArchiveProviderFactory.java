package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.heliodeck.data.Provider;
import org.heliodeck.data.ProviderConfig;
import org.heliodeck.data.ProviderFactory;

/** The archives registered with {@code heliodeck archive add}. */
public final class ArchiveProviderFactory implements ProviderFactory {

    @Override
    public List<String> names(ProviderConfig config) throws IOException {
        return List.copyOf(new ArchiveRegistry(config.configDirectory()).archives().keySet());
    }

    /** Opening an archive looks at its directory. */
    @Override
    public Optional<Provider> create(String name, ProviderConfig config) throws IOException {
        Path root = new ArchiveRegistry(config.configDirectory()).archives().get(name);
        return root == null ? Optional.empty() : Optional.of(LocalArchive.open(name, root));
    }

    @Override
    public int order() {
        return 10;
    }
}
