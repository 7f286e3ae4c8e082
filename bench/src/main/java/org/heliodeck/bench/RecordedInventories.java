package org.heliodeck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.inventory.AmdaTreeReader;
import org.heliodeck.data.inventory.HapiCatalogInventory;

/** AMDA's recorded data tree and CDAWeb's recorded HAPI catalog (with the ACE infos), as one inventory. */
final class RecordedInventories {

    private RecordedInventories() {}

    static List<InventoryNode> amdaAndCdaweb() throws IOException {
        List<InventoryNode> all = new ArrayList<>(AmdaTreeReader.read(SharedDataLocator.file("services/amda/obsdatatree.xml")));
        Path catalog = SharedDataLocator.file("services/cdaweb-hapi/nl_catalog.json");
        Path infos = SharedDataLocator.file("services/cdaweb-hapi/nl_all_info_AC.json");
        all.addAll(HapiCatalogInventory.read("cdaweb-hapi", Files.readString(catalog),
                HapiCatalogInventory.readInfos(Files.readString(infos), infos.toString()), catalog.toString()));
        return all;
    }
}
