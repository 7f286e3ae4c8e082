package org.heliodeck.data.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.junit.jupiter.api.Test;

class AmdaTreeReaderTest {

    private static InventoryNode node(String path) {
        return RecordedInventories.amda().stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void everyMissionObservatoryInstrumentDatasetAndParameterOfTheTreeIsANode() {
        Map<NodeKind, Long> kinds = RecordedInventories.amda().stream()
                .collect(Collectors.groupingBy(InventoryNode::kind, Collectors.counting()));
        // Counted in the file: 50 missions + 56 observatories, 348 instruments + 157 dataset groups.
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                NodeKind.MISSION, 106L, NodeKind.INSTRUMENT, 505L, NodeKind.DATASET, 1046L, NodeKind.PARAMETER, 5420L));
        assertThat(RecordedInventories.amda()).extracting(InventoryNode::path).doesNotHaveDuplicates();
        assertThat(RecordedInventories.amda()).filteredOn(n -> n.kind() == NodeKind.DATASET)
                .allSatisfy(d -> assertThat(d.cadence()).isPositive())
                .allSatisfy(d -> assertThat(d.coverage()).isNotNull());
    }

    @Test
    void aceImfParameterHasItsDatasetsDatesSamplingUnitsFrameAndComponents() {
        InventoryNode imf = node("ACE/ACE_mag/ace-imf-all/imf");
        assertThat(imf.kind()).isEqualTo(NodeKind.PARAMETER);
        assertThat(imf.name()).isEqualTo("b_gse");
        assertThat(imf.units()).isEqualTo("nT");
        assertThat(imf.description()).isEqualTo("Magnetic field vector in GSE Cartesian coordinates (16 sec)");
        assertThat(imf.cadence()).isEqualTo(Duration.ofSeconds(16));
        assertThat(imf.coverage()).isEqualTo(TimeRange.of("1997-09-02T00:00:12Z", "2025-01-11T23:59:50Z"));
        assertThat(imf.coordinateSystem()).isEqualTo("GSE");
        assertThat(imf.components()).containsExactly("bx", "by", "bz");
        assertThat(imf.extra()).containsEntry("mission", "ACE").containsEntry("instrument", "MFI")
                .containsEntry("ucd", "phys.magField");
        assertThat(imf.parentPath()).isEqualTo("ACE/ACE_mag/ace-imf-all");
    }

    @Test
    void datasetsAndFoldersReadAsPeopleDo() {
        InventoryNode dataset = node("ACE/ACE_mag/ace-imf-all");
        assertThat(dataset.name()).isEqualTo("final / prelim");
        assertThat(dataset.description()).isEqualTo("Interplanetary Magnetic Field 16-sec Level2/PRELIM Data\nSampling: 16S\nProvider: CDAWeb");
        assertThat(dataset.extra()).containsEntry("dataSource", "CDAWeb").containsEntry("measurement_type", "MagneticField");
        InventoryNode instrument = node("ACE/ACE_mag");
        assertThat(instrument.kind()).isEqualTo(NodeKind.INSTRUMENT);
        assertThat(instrument.description()).isEqualTo("Magnetic Field Instrument\nMagnetometer");
        assertThat(node("ACE").kind()).isEqualTo(NodeKind.MISSION);
    }

    @Test
    void samplingInMinutesHoursAndFractionsOfSeconds() {
        Map<String, InventoryNode> byId = RecordedInventories.amda().stream()
                .filter(n -> n.kind() == NodeKind.DATASET)
                .collect(Collectors.toMap(InventoryNode::id, Function.identity()));
        assertThat(byId.get("ace-epam-ca60").cadence()).isEqualTo(Duration.ofMinutes(5));
        assertThat(byId.get("wnd-swe-kp").cadence()).isEqualTo(Duration.ofSeconds(90));
        assertThat(Cadences.amda("0.5S")).contains(Duration.ofMillis(500));
        assertThat(Cadences.amda("96.27S")).contains(Duration.ofMillis(96_270));
        assertThat(Cadences.amda("1H")).contains(Duration.ofHours(1));
        assertThat(Cadences.amda("fast")).isEmpty();
    }

    @Test
    void externalEntitiesAreNotResolved() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<dataRoot><mission xml:id=\"M\" name=\"&x;\"/></dataRoot>";
        assertThatThrownBy(() -> AmdaTreeReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "evil.xml"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("evil.xml");
    }

    @Test
    void badSamplingNamesTheDataset() {
        String xml = "<dataRoot><mission xml:id=\"M\" name=\"M\"><instrument xml:id=\"I\" name=\"I\">"
                + "<dataset xml:id=\"D\" name=\"D\" sampling=\"often\" dataStart=\"2000-01-01T00:00:00Z\" dataStop=\"2001-01-01T00:00:00Z\"/>"
                + "</instrument></mission></dataRoot>";
        assertThatThrownBy(() -> AmdaTreeReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "tree.xml"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("tree.xml, dataset D").hasMessageContaining("'often'");
        List<InventoryNode> none = AmdaTreeReader.read(new ByteArrayInputStream("<dataRoot/>".getBytes(StandardCharsets.UTF_8)), "empty.xml");
        assertThat(none).isEmpty();
    }
}
