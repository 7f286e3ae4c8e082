package org.heliodeck.data.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.formats.hapi.HapiInfoJson;
import org.junit.jupiter.api.Test;

class HapiCatalogInventoryTest {

    @Test
    void everyCatalogEntryIsADatasetAndEveryKnownInfoAddsItsParameters() {
        List<InventoryNode> nodes = RecordedInventories.cdaweb();
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.DATASET).hasSize(2950);
        // The 32 ACE infos hold 936 parameters, one of them the time in each.
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.PARAMETER).hasSize(PARAMETERS);
        assertThat(nodes).extracting(InventoryNode::path).doesNotHaveDuplicates();
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.PARAMETER).allSatisfy(p -> assertThat(p.path()).startsWith("AC_"));
    }

    private static final int PARAMETERS = 904;

    @Test
    void aceMagneticFieldDatasetAndItsVector() {
        InventoryNode dataset = find("AC_H2_MFI");
        assertThat(dataset.coverage()).isEqualTo(TimeRange.of("1997-09-02T00:00:00Z", "2022-12-20T23:00:00Z"));
        assertThat(dataset.extra()).containsEntry("contact", "N. Ness @ Bartol Research Institute");
        InventoryNode vector = find("AC_H2_MFI/BGSEc");
        assertThat(vector.units()).isEqualTo("nT");
        assertThat(vector.coordinateSystem()).isEqualTo("GSE");
        assertThat(vector.description()).isEqualTo("Magnetic Field Vector in GSE Cartesian coordinates (1 hr)");
        assertThat(vector.coverage()).isEqualTo(dataset.coverage());
        assertThat(find("AC_H2_MFI/SC_pos_GSM").coordinateSystem()).isEqualTo("GSM");
        assertThat(find("A1_K0_MPA").coverage()).isNull();
    }

    @Test
    void hapi3CadenceLabelsAndCoordinateSystemAreKept() {
        String info = """
                {"HAPI": "3.3", "startDate": "2010-01-01T00:00Z", "stopDate": "2011-01-01T00:00Z", "cadence": "PT4S",
                 "description": "Solar wind magnetic field",
                 "parameters": [{"name": "Time", "type": "isotime", "units": "UTC", "length": 24, "fill": null},
                  {"name": "B", "type": "double", "units": "nT", "fill": null, "size": [3], "label": ["Br", "Bt", "Bn"],
                   "coordinateSystemName": "RTN"}]}""";
        List<InventoryNode> nodes = HapiCatalogInventory.read("test", "{\"catalog\": [{\"id\": \"SW\", \"title\": \"Solar wind\"}]}",
                Map.of("SW", HapiInfoJson.parse(info, "info.json", "")), "catalog.json");
        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0).cadence()).isEqualTo(Duration.ofSeconds(4));
        assertThat(nodes.get(0).description()).isEqualTo("Solar wind magnetic field");
        assertThat(nodes.get(1).components()).containsExactly("Br", "Bt", "Bn");
        assertThat(nodes.get(1).coordinateSystem()).isEqualTo("RTN");
        assertThat(nodes.get(1).cadence()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void notACatalogSaysWhere() {
        assertThatThrownBy(() -> HapiCatalogInventory.read("test", "{\"datasets\": []}", Map.of(), "http://127.0.0.1/hapi/catalog"))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("http://127.0.0.1/hapi/catalog: not a HAPI catalog: it has no 'catalog' array");
        assertThatThrownBy(() -> HapiCatalogInventory.read("test", "{\"catalog\": [", Map.of(), "catalog.json"))
                .isInstanceOf(DataFormatException.class).hasMessageStartingWith("catalog.json: not JSON");
    }

    private static InventoryNode find(String path) {
        return RecordedInventories.cdaweb().stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow();
    }
}
