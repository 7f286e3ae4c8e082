package org.heliodeck.cli;

import java.io.IOException;
import java.util.List;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.Providers;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.ml.features.InputSource;
import org.heliodeck.ml.features.ProviderInputs;

/** The detectors' inputs from the installed providers, through the user's cache, which a command opens and closes with it. */
final class InstalledInputs implements InputSource, AutoCloseable {

    private final FragmentCache cache;
    private final DataAccess access;
    private final ProviderInputs inputs;

    InstalledInputs() throws IOException {
        cache = FragmentCache.open();
        access = new DataAccess(cache);
        inputs = new ProviderInputs(Providers.installed(UserDirectories.current().config())::require, access, FetchContext.UNWATCHED);
    }

    @Override
    public List<Variable> fetch(String provider, String dataset, List<String> parameters, TimeRange range) throws IOException {
        return inputs.fetch(provider, dataset, parameters, range);
    }

    @Override
    public void close() throws IOException {
        access.close();
        cache.close();
    }
}
