package org.heliodeck.data.hapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HAPI servers Heliodeck offers: the well-known public ones plus those a user adds. Only
 * configuration: nothing here contacts a server.
 */
public record HapiServers(List<HapiEndpoint> servers) {

    /** NASA SPDF's CDAWeb, about 3,000 datasets. */
    public static final HapiEndpoint CDAWEB = HapiEndpoint.of("cdaweb-hapi", "https://cdaweb.gsfc.nasa.gov/hapi");
    /** CDPP's AMDA (IRAP, Toulouse). */
    public static final HapiEndpoint AMDA = HapiEndpoint.of("amda-hapi", "https://amda.irap.omp.eu/service/hapi");
    /** ESA's Cluster Science Archive. */
    public static final HapiEndpoint CSA = HapiEndpoint.of("csa-hapi", "https://csa.esac.esa.int/csa-sl-tap/hapi");

    public HapiServers {
        servers = List.copyOf(servers);
        for (int i = 0; i < servers.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (servers.get(i).name().equals(servers.get(j).name())) {
                    throw new IllegalArgumentException("two HAPI servers are named '" + servers.get(i).name()
                            + "': " + servers.get(j).root() + " and " + servers.get(i).root());
                }
            }
        }
    }

    public static HapiServers defaults() {
        return new HapiServers(List.of(CDAWEB, AMDA, CSA));
    }

    /**
     * These servers and one more.
     *
     * @throws IllegalArgumentException when the URL is not http(s) or the name is taken
     */
    public HapiServers plus(String name, String url) {
        List<HapiEndpoint> more = new ArrayList<>(servers);
        more.add(HapiEndpoint.of(name, url));
        return new HapiServers(more);
    }

    public Optional<HapiEndpoint> server(String name) {
        return servers.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A provider for each server, all sharing one client (its connections and settings). */
    public List<HapiProvider> providers(HapiClientSettings settings) {
        return servers.stream().map(s -> new HapiProvider(new HapiClient(s, settings))).toList();
    }
}
