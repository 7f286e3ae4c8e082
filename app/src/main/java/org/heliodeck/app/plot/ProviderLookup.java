package org.heliodeck.app.plot;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.heliodeck.data.Provider;

/**
 * Finds the provider a product names ({@code Providers::require} in the application; tests hand in
 * their own sources). Called off the FX thread: it may read configuration or reach a server.
 */
@FunctionalInterface
public interface ProviderLookup {

    /** @throws IOException naming the provider when there is none of that name or it cannot be set up */
    Provider require(String name) throws IOException;

    /**
     * This lookup, made once per name: every panel plotting from one server shares its client (and
     * the client's knowledge of the server's datasets). Safe from any thread; a failed lookup is
     * tried again next time.
     */
    default ProviderLookup remembering() {
        Map<String, Provider> made = new ConcurrentHashMap<>();
        return name -> {
            Provider known = made.get(name);
            if (known != null) {
                return known;
            }
            Provider fresh = require(name);
            Provider raced = made.putIfAbsent(name, fresh);
            return raced != null ? raced : fresh;
        };
    }
}
