package org.heliodeck.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.heliodeck.app.Product;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.Provider;
import org.heliodeck.formats.catalog.AttributeValue;
import org.junit.jupiter.api.Test;

/** An event drawn on the panels: its interval, author, products, and the missions the inventories know. */
class EventMetadataTest {

    private static final TimeRange STORM = TimeRange.of("2003-10-29T06:00", "2003-10-30T01:00");

    @Test
    void theMissionsComeFromTheDatasetsPlaceInTheInventory() {
        Provider cdaweb = new Inventory("cdaweb", List.of(
                new InventoryNode("cdaweb", "ACE", NodeKind.MISSION, "", "ACE", "", "", null, null, "", List.of(), Map.of()),
                new InventoryNode("cdaweb", "ACE/MAG/AC_H0_MFI", NodeKind.DATASET, "AC_H0_MFI", "AC_H0_MFI", "", "", null, null, "",
                        List.of(), Map.of())));
        Provider archive = new Inventory("omni2", List.of(new InventoryNode("omni2", "omni2_hourly", NodeKind.DATASET,
                "omni2_hourly", "omni2_hourly", "", "", null, null, "", List.of(), Map.of())));
        List<Product> shown = List.of(Product.parse("cdaweb/AC_H0_MFI/Magnitude"), Product.parse("omni2/omni2_hourly/Dst"),
                Product.parse("cdaweb/AC_H0_MFI/BGSEc"), Product.parse("gone/x/y"));

        Event e = EventMetadata.of(STORM, "Ada", shown, name -> switch (name) {
            case "cdaweb" -> cdaweb;
            case "omni2" -> archive;
            default -> throw new IOException("no provider named " + name);
        });

        assertThat(e.range()).isEqualTo(STORM);
        assertThat(e.author()).isEqualTo("Ada");
        assertThat(e.products()).containsExactly("cdaweb/AC_H0_MFI/Magnitude", "omni2/omni2_hourly/Dst",
                "cdaweb/AC_H0_MFI/BGSEc", "gone/x/y");
        // The archive's dataset has no mission folder, and an unknown provider none at all: ACE only, once.
        assertThat(e.attributes()).containsExactly(Map.entry(EventMetadata.MISSIONS,
                AttributeValue.list(List.of(AttributeValue.text("ACE")))));
    }

    private record Inventory(String name, List<InventoryNode> inventory) implements Provider {
        @Override
        public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context) {
            return List.of();
        }
    }
}
