package org.heliodeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.inventory.AmdaTreeReader;
import org.junit.jupiter.api.Test;

class InventoryTreeTest {

    @Test
    void omni2ArchiveIsProviderDatasetParameters() throws Exception {
        InventoryTree tree = new InventoryTree(LocalArchive.open("omni2", SharedData.file("omni2-hourly")).inventory());

        InventoryNode provider = tree.providers().getFirst();
        assertThat(tree.providers()).hasSize(1);
        assertThat(provider.kind()).isEqualTo(NodeKind.PROVIDER);
        InventoryNode dataset = tree.children(provider).getFirst();
        assertThat(dataset.id()).isEqualTo("omni2_hourly");
        assertThat(tree.children(dataset)).hasSize(34).extracting(InventoryNode::name).contains("N_p", "T_p", "Dst", "B_GSE");
        InventoryNode np = tree.children(dataset).stream().filter(n -> n.name().equals("N_p")).findFirst().orElseThrow();
        assertThat(tree.product(np)).hasValue(new Product("omni2", "omni2_hourly", "N_p"));
        assertThat(tree.product(dataset)).isEmpty();
        assertThat(tree.parent(np)).hasValue(dataset);
    }

    @Test
    void everyAmdaNodeIsReachableFromItsProviderAndEveryParameterHasADataset() throws Exception {
        List<InventoryNode> nodes = AmdaTreeReader.read(SharedData.file("services/amda/obsdatatree.xml"));
        InventoryTree tree = new InventoryTree(nodes);

        assertThat(tree.providers()).extracting(InventoryNode::provider).containsExactly("amda");
        int reached = count(tree, tree.providers().getFirst()) - 1;
        assertThat(reached).isEqualTo((int) nodes.stream().filter(n -> !n.path().isEmpty()).count());
        for (InventoryNode n : nodes) {
            if (n.kind() == NodeKind.PARAMETER) {
                assertThat(tree.product(n)).as(n.path()).isPresent();
            }
        }
    }

    @Test
    void foldersAPathNamesButTheInventoryLacksAreMadeUp() {
        InventoryNode parameter = new InventoryNode("cdaweb", "ACE/MAG/AC_H2_MFI/Magnitude", NodeKind.PARAMETER, "Magnitude",
                "Magnitude", "", "nT", null, null, "", List.of(), Map.of());
        InventoryNode dataset = new InventoryNode("cdaweb", "ACE/MAG/AC_H2_MFI", NodeKind.DATASET, "AC_H2_MFI", "AC_H2_MFI",
                "", "", null, null, "", List.of(), Map.of());
        InventoryTree tree = new InventoryTree(List.of(parameter, dataset));

        InventoryNode cdaweb = tree.providers().getFirst();
        assertThat(cdaweb.name()).isEqualTo("cdaweb");
        InventoryNode ace = tree.children(cdaweb).getFirst();
        assertThat(ace.path()).isEqualTo("ACE");
        InventoryNode mag = tree.children(ace).getFirst();
        assertThat(mag.path()).isEqualTo("ACE/MAG");
        assertThat(tree.children(mag)).containsExactly(dataset);
        assertThat(tree.children(dataset)).containsExactly(parameter);
        assertThat(tree.product(parameter)).hasValue(Product.parse("cdaweb/AC_H2_MFI/Magnitude"));
    }

    private static int count(InventoryTree tree, InventoryNode node) {
        int n = 1;
        for (InventoryNode child : tree.children(node)) {
            n += count(tree, child);
        }
        return n;
    }
}
