package org.heliodeck.data.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.junit.jupiter.api.Test;

class HapiProviderTest {

    @Test
    void inventoryHasADatasetPerCatalogEntryAndParametersOnlyOfKnownInfos() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                        .json("catalog", HapiFixtures.catalog())
                        .json("info", HapiFixtures.info("AC_H2_MFI").toString());
                HapiClient client = HapiFixtures.client(server)) {
            HapiProvider provider = new HapiProvider(client);
            assertThat(provider.name()).isEqualTo("test-hapi");
            List<InventoryNode> datasets = provider.inventory();
            assertThat(datasets).hasSize(2950).allMatch(n -> n.kind() == NodeKind.DATASET);
            assertThat(server.requests("info")).isEmpty();

            List<InventoryNode> parameters = provider.parameters("AC_H2_MFI");
            InventoryNode bgse = parameters.stream().filter(n -> n.id().equals("BGSEc")).findFirst().orElseThrow();
            assertThat(bgse.path()).isEqualTo("AC_H2_MFI/BGSEc");
            assertThat(bgse.parentPath()).isEqualTo("AC_H2_MFI");
            assertThat(bgse.units()).isEqualTo("nT");
            assertThat(bgse.extra()).containsEntry("size", "[3]");
            assertThat(parameters).extracting(InventoryNode::id).doesNotContain("Time");

            List<InventoryNode> again = provider.inventory();
            assertThat(again).hasSize(2950 + parameters.size());
            InventoryNode dataset = again.stream().filter(n -> n.path().equals("AC_H2_MFI")).findFirst().orElseThrow();
            assertThat(dataset.coverage()).isEqualTo(TimeRange.of("1997-09-02", "2022-12-20T23:00:00Z"));
            assertThat(bgse.coverage()).isEqualTo(dataset.coverage());
            assertThat(server.requests("info")).hasSize(1);
        }
    }

    @Test
    void fetchMapsTheTableToVariables() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                        .json("info", HapiFixtures.info("AC_H2_MFI").toString())
                        .file("data", HapiFixtures.sample(), "text/csv");
                HapiClient client = HapiFixtures.client(server)) {
            List<Variable> variables = new HapiProvider(client).fetch("AC_H2_MFI", List.of("Magnitude"),
                    TimeRange.of("1997-09-02", "1997-09-04"), FetchContext.UNWATCHED);
            HapiClientTest.assertMagnitudeOfTheSample(variables);
            assertThat(variables.getFirst().product()).isEqualTo("AC_H2_MFI");
        }
    }

    @Test
    void serversAreConfigurationAndCanBeAdded() {
        HapiServers servers = HapiServers.defaults().plus("local", "http://127.0.0.1:8999/hapi/");
        assertThat(servers.servers()).extracting(HapiEndpoint::name)
                .containsExactly("cdaweb-hapi", "amda-hapi", "csa-hapi", "local");
        assertThat(servers.server("local").orElseThrow().root()).hasToString("http://127.0.0.1:8999/hapi");
        assertThat(servers.providers(HapiClientSettings.DEFAULTS)).extracting(HapiProvider::name)
                .containsExactly("cdaweb-hapi", "amda-hapi", "csa-hapi", "local");
        assertThatThrownBy(() -> servers.plus("local", "http://example.org/hapi")).hasMessageContaining("two HAPI servers");
        assertThatThrownBy(() -> HapiServers.defaults().plus("x", "ftp://example.org/hapi"))
                .hasMessageContaining("not an http(s) URL");
    }
}
