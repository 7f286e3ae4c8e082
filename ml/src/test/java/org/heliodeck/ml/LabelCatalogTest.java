package org.heliodeck.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.formats.catalog.CatalogDocument;
import org.heliodeck.formats.catalog.CatalogCodecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelCatalogTest {

    @Test
    void theIcmeListIsReadThroughTheCatalogFormats() throws Exception {
        LabelCatalog icmes = LabelCatalog.readFile(SharedData.file("catalogs/icme_nguyen2019.csv"));
        assertThat(icmes.events()).hasSize(653);
        assertThat(icmes.id()).isEqualTo("file:icme_nguyen2019.csv");
        // The file is not sorted; the catalog is.
        assertThat(icmes.events()).isSortedAccordingTo(java.util.Comparator.comparingLong(TimeRange::start));
        assertThat(icmes.within(TimeRange.of("2010-01-01", "2016-01-01"))).hasSize(230);
    }

    @Test
    void aNameThatIsNoFileIsLookedUpInTheStore(@TempDir Path dir) throws Exception {
        Path csv = SharedData.file("catalogs/icme_nguyen2019.csv");
        CatalogDocument document = CatalogCodecs.forFile(csv).orElseThrow().read(csv);
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalogs.sqlite"))) {
            store.importDocument(document, Optional.of("icmes"));
            LabelCatalog stored = LabelCatalog.resolve("icmes", Optional.of(store));
            assertThat(stored.id()).isEqualTo("store:icmes");
            assertThat(stored.events()).isEqualTo(LabelCatalog.readFile(csv).events());
            assertThatThrownBy(() -> LabelCatalog.resolve("nothing", Optional.of(store)))
                    .hasMessageContaining("'nothing' is neither a catalog file nor a catalog of the store");
        }
    }
}
