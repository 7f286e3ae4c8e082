package org.heliodeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.data.archive.ArchiveRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming a provider contacts nothing: only a fetch or an inventory does. */
class ProvidersTest {

    @Test
    void archivesWebServicesAndHapiServersFoundByServiceLoader(@TempDir Path config) throws IOException {
        new ArchiveRegistry(config).add("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        Providers providers = Providers.installed(config);
        assertThat(providers.names()).startsWith("omni2").contains("amda", "cdaweb", "csa", "sscweb")
                .endsWith("cdaweb-hapi", "amda-hapi", "csa-hapi");
        assertThat(providers.require("omni2").isRemote()).isFalse();
        assertThat(providers.require("amda").name()).isEqualTo("amda");
        assertThat(providers.require("sscweb").name()).isEqualTo("sscweb");
        assertThat(providers.require("cdaweb").toString()).contains("https://cdaweb.gsfc.nasa.gov/WS/cdasr/1/");
        assertThat(providers.require("cdaweb-hapi").toString()).contains("https://cdaweb.gsfc.nasa.gov/hapi");
        assertThatThrownBy(() -> providers.require("nasa")).hasMessageContaining("no provider named nasa; there are: omni2, ");
    }

    @Test
    void theConfigurationMovesServicesAndAddsHapiServers(@TempDir Path config) throws IOException {
        ServiceEndpoints endpoints = new ServiceEndpoints(config);
        endpoints.setRoot("amda", URI.create("http://127.0.0.1:9/rest/"));
        endpoints.setRoot("cdaweb-hapi", URI.create("http://127.0.0.1:9/mirror/hapi"));
        endpoints.addHapiServer("lab", URI.create("http://127.0.0.1:9/lab/hapi"));
        Providers providers = Providers.installed(config);

        assertThat(providers.require("amda").toString()).contains("http://127.0.0.1:9/rest/");
        assertThat(providers.require("cdaweb-hapi").toString()).contains("http://127.0.0.1:9/mirror/hapi");
        assertThat(providers.names()).endsWith("csa-hapi", "lab");
        assertThat(providers.require("lab").name()).isEqualTo("lab");

        assertThat(endpoints.removeHapiServer("lab")).isTrue();
        endpoints.setRoot("amda", null);
        assertThat(Providers.installed(config).names()).doesNotContain("lab");
        assertThat(Providers.installed(config).require("amda").toString()).contains("https://amda.irap.omp.eu/php/rest/");
        assertThatThrownBy(() -> endpoints.addHapiServer("lab", URI.create("ftp://host/hapi"))).hasMessageContaining("not an http(s) URL");
    }
}
