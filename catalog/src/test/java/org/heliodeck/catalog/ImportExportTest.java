package org.heliodeck.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue;
import org.heliodeck.formats.catalog.CatalogDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportTest {

    @TempDir
    Path dir;

    private CatalogStore store;

    @BeforeEach
    void open() throws IOException {
        store = CatalogStore.open(dir.resolve("catalogs.sqlite"));
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void theIcmeListImportsWithItsMessyTimesAndReimportsAsDuplicates() throws IOException {
        Path icmeList = SharedData.file("catalogs/icme_nguyen2019.csv");

        ImportReport first = store.importDocument(CatalogFiles.read(icmeList, Optional.empty()), Optional.empty());

        assertThat(first.added()).isEqualTo(653);
        assertThat(first.duplicates()).isEmpty();
        assertThat(first.conflicts()).isEmpty();
        Catalog icmes = store.requireCatalog("icme_nguyen2019");
        List<Event> events = store.events(icmes);
        assertThat(events).hasSize(653).isSortedAccordingTo(java.util.Comparator.comparingLong(Event::start));
        assertThat(events).anySatisfy(e -> { // written "2001/10/22 1:17,2001/10/23 1:29"
            assertThat(e.start()).isEqualTo(Tt2000.parse("2001-10-22T01:17Z"));
            assertThat(e.stop()).isEqualTo(Tt2000.parse("2001-10-23T01:29Z"));
            assertThat(e.attributes()).containsEntry("origin", AttributeValue.text("Chinchilla"));
        });

        ImportReport again = store.importDocument(CatalogFiles.read(icmeList, Optional.empty()), Optional.empty());
        assertThat(again.added()).isZero();
        assertThat(again.catalogs()).isEmpty();
        assertThat(again.conflicts()).containsExactly(
                "a catalog named 'icme_nguyen2019' already exists: not imported (import it under another name)");

        ImportReport renamed = store.importDocument(CatalogFiles.read(icmeList, Optional.empty()), Optional.of("ICMEs again"));
        assertThat(renamed.added()).isZero();
        assertThat(renamed.duplicates()).hasSize(653);
        assertThat(store.events(store.requireCatalog("ICMEs again"))).isEqualTo(events);
    }

    @Test
    void aTscatExportRoundTripsThroughTheStoreLosslessly() throws IOException {
        Path file = Samples.formats(dir, "tscat_export.json");
        CatalogDocument original = CatalogFiles.read(file, Optional.empty());

        ImportReport report = store.importDocument(original, Optional.empty());

        assertThat(report.catalogs()).extracting(Catalog::name).containsExactly("ICMEs 2010", "Empty");
        assertThat(store.requireCatalog("ICMEs 2010").dynamic()).isTrue();
        for (String name : List.of("ICMEs 2010", "Empty")) {
            Path exported = dir.resolve(name + ".json");
            CatalogFiles.write(store.export(name), exported, Optional.empty());
            CatalogDocument back = CatalogFiles.read(exported, Optional.of("tscat-json"));
            CatalogDocument expected = original.only(original.catalogues().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
            assertThat(back).isEqualTo(expected);
        }
    }

    @Test
    void anAmdaCatalogRoundTripsThroughTheStoreLosslessly() throws IOException {
        Path file = Samples.formats(dir, "amda_catalog.xml");
        CatalogDocument original = CatalogFiles.read(file, Optional.empty());
        store.importDocument(original, Optional.empty());
        String name = original.catalogues().getFirst().name();

        Path exported = dir.resolve("back.xml");
        CatalogFiles.write(store.export(name), exported, Optional.of("amda-votable"));

        CatalogDocument back = CatalogFiles.read(exported, Optional.empty());
        assertThat(back.events()).isEqualTo(original.events());
        assertThat(back.catalogues().getFirst()).isEqualTo(original.catalogues().getFirst());
        Path csv = dir.resolve("back.csv");
        CatalogFiles.write(store.export(name), csv, Optional.empty());
        assertThat(CatalogFiles.read(csv, Optional.empty()).events()).extracting(e -> e.start() + "/" + e.stop())
                .isEqualTo(original.events().stream().map(e -> e.start() + "/" + e.stop()).toList());
    }

    @Test
    void aDescriptionTravelsAsAnAttribute() throws IOException {
        store.createCatalog(Catalog.named("described", Samples.T0).withDescription("events I like"));
        Path json = dir.resolve("described.json");
        CatalogFiles.write(store.export("described"), json, Optional.empty());

        assertThat(Files.readString(json)).contains("\"description\" : \"events I like\"");
        try (CatalogStore elsewhere = CatalogStore.open(dir.resolve("elsewhere.sqlite"))) {
            elsewhere.importDocument(CatalogFiles.read(json, Optional.empty()), Optional.empty());
            Catalog imported = elsewhere.requireCatalog("described");
            assertThat(imported.description()).isEqualTo("events I like");
            assertThat(imported.attributes()).isEmpty();
            assertThat(imported.uuid()).isEqualTo(store.requireCatalog("described").uuid());
        }
    }

    @Test
    void aChangedEventUnderAStoredUuidIsAConflictNotAnOverwrite() throws IOException {
        Path file = Samples.formats(dir, "tscat_export.json");
        store.importDocument(CatalogFiles.read(file, Optional.empty()), Optional.empty());
        // the same events in another catalogue, one of them changed
        String edited = Files.readString(file).replace("\"rating\": 8", "\"rating\": 2")
                .replace("6a1f2c9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b", "6a1f2c9e-3b4d-4e5f-8a7b-000000000000").replace("ICMEs 2010", "ICMEs bis");
        Path changed = Files.writeString(dir.resolve("changed.json"), edited);

        ImportReport report = store.importDocument(CatalogFiles.read(changed, Optional.empty()), Optional.empty());

        assertThat(report.added()).isZero();
        assertThat(report.duplicates()).extracting(ImportReport.Duplicate::imported)
                .containsExactly(java.util.UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"));
        assertThat(report.conflicts()).contains("event 0b9c4a1e-5f6d-4c3b-9a8e-7f6e5d4c3b2a is stored with other content: the stored one is kept");
        assertThat(store.event(java.util.UUID.fromString("0b9c4a1e-5f6d-4c3b-9a8e-7f6e5d4c3b2a")).orElseThrow().rating()).hasValue(8);
    }

    @Test
    void aMalformedFileChangesNothingAndSaysWhichLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "begin,end,origin\n2001/10/22 1:17,2001/10/23 1:29,FP\n2001/13/40 1:00,2001/10/23 1:29,FP\n");

        assertThatThrownBy(() -> store.importDocument(CatalogFiles.read(bad, Optional.empty()), Optional.empty()))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("bad.csv").hasMessageContaining("line 3");
        assertThat(store.catalogs()).isEmpty();
        assertThat(store.canUndo()).isFalse();
    }

    @Test
    void anImportIsOneUndoableEdit() throws IOException {
        store.importDocument(CatalogFiles.read(SharedData.file("catalogs/icme_nguyen2019.csv"), Optional.empty()), Optional.empty());

        store.undo();

        assertThat(store.catalogs()).isEmpty();
        assertThat(store.overlapping(new org.heliodeck.core.time.TimeRange(Tt2000.parse("1990-01-01"), Tt2000.parse("2030-01-01")))).isEmpty();
        store.redo();
        assertThat(store.events(store.requireCatalog("icme_nguyen2019"))).hasSize(653);
    }
}
