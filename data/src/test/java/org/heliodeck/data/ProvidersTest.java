package org.heliodeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.data.archive.ArchiveRegistry;
import org.heliodeck.data.hapi.HapiServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming a provider contacts nothing: only a fetch or an inventory does. */
class ProvidersTest {

    @Test
    void archivesWebServicesAndHapiServersByName(@TempDir Path config) throws IOException {
        new ArchiveRegistry(config).add("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        Providers providers = new Providers(config, HapiServers.defaults());
        assertThat(providers.names()).containsExactly("omni2", "amda", "sscweb", "cdaweb-hapi", "amda-hapi", "csa-hapi");
        assertThat(providers.require("omni2").isRemote()).isFalse();
        assertThat(providers.require("amda").name()).isEqualTo("amda");
        assertThat(providers.require("sscweb").name()).isEqualTo("sscweb");
        assertThat(providers.require("cdaweb-hapi").name()).isEqualTo("cdaweb-hapi");
        assertThatThrownBy(() -> providers.require("nasa")).hasMessageContaining("no provider named nasa; there are: omni2, amda");
    }
}
