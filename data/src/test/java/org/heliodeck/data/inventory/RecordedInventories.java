package org.heliodeck.data.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.formats.hapi.HapiInfo;

/** The recorded AMDA tree and CDAWeb HAPI catalog (with the ACE infos), read once for all the tests. */
final class RecordedInventories {

    private static List<InventoryNode> amda;
    private static List<InventoryNode> cdaweb;
    private static InventoryIndex combined;

    private RecordedInventories() {}

    static synchronized List<InventoryNode> amda() {
        if (amda == null) {
            try {
                amda = AmdaTreeReader.read(SharedData.file("services/amda/obsdatatree.xml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return amda;
    }

    static synchronized List<InventoryNode> cdaweb() {
        if (cdaweb == null) {
            try {
                var catalog = SharedData.file("services/cdaweb-hapi/nl_catalog.json");
                var infoFile = SharedData.file("services/cdaweb-hapi/nl_all_info_AC.json");
                Map<String, HapiInfo> infos = HapiCatalogInventory.readInfos(Files.readString(infoFile), infoFile.toString());
                cdaweb = HapiCatalogInventory.read("cdaweb-hapi", Files.readString(catalog), infos, catalog.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cdaweb;
    }

    static synchronized InventoryIndex combined() {
        if (combined == null) {
            List<InventoryNode> all = new ArrayList<>(amda());
            all.addAll(cdaweb());
            combined = InventoryIndex.of(all);
        }
        return combined;
    }
}
