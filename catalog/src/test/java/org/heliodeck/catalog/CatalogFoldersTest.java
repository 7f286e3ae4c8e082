package org.heliodeck.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AmdaVotableCodec;
import org.heliodeck.formats.catalog.AttributeValue;
import org.heliodeck.formats.catalog.CatalogDocument;
import org.heliodeck.formats.catalog.TscatJsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogs in folders: kept by the store, moved as one undoable edit, carried by files, added to older stores. */
class CatalogFoldersTest {

    @TempDir
    Path dir;

    @Test
    void aCatalogMovesToAFolderAndBackWithUndo() throws IOException {
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalogs.sqlite"))) {
            store.createCatalog(Catalog.named("ICMEs", Samples.T0).withFolder("Solar wind"));
            store.createCatalog(Catalog.named("shocks", Samples.T0));

            Catalog moved = store.moveCatalog("shocks", " Solar wind / IP shocks/ ");

            assertThat(moved.folder()).isEqualTo("Solar wind/IP shocks");
            assertThat(moved.folders()).containsExactly("Solar wind", "IP shocks");
            assertThat(store.catalogs()).extracting(Catalog::name, Catalog::folder)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ICMEs", "Solar wind"),
                            org.assertj.core.groups.Tuple.tuple("shocks", "Solar wind/IP shocks"));
            assertThat(store.undo()).hasValue("move catalog shocks to Solar wind/IP shocks");
            assertThat(store.requireCatalog("shocks").folder()).isEmpty();
            assertThat(store.redo()).isPresent();
            try (CatalogStore reopened = CatalogStore.open(store.file())) {
                assertThat(reopened.requireCatalog("shocks").folder()).isEqualTo("Solar wind/IP shocks");
            }
            assertThat(store.moveCatalog("shocks", "/").folder()).isEmpty();
            assertThatThrownBy(() -> store.moveCatalog("nope", "x")).hasMessageContaining("no catalog named 'nope'");
        }
    }

    @Test
    void tscatAndAmdaFilesCarryTheFolderAsAnAttribute() throws IOException {
        Path file = dir.resolve("icmes.json");
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalogs.sqlite"))) {
            Catalog c = store.createCatalog(Catalog.named("ICMEs", Samples.T0).withFolder("Solar wind/ICME"));
            store.addEvent(Samples.event("2010-01-01", "2010-01-02"), List.of(c.uuid()));
            new TscatJsonCodec().write(store.export("ICMEs"), file);
        }
        CatalogDocument document = new TscatJsonCodec().read(file);
        assertThat(document.catalogues().getFirst().attributes()).containsEntry(Catalog.FOLDER, AttributeValue.text("Solar wind/ICME"));

        try (CatalogStore other = CatalogStore.open(dir.resolve("other.sqlite"))) {
            other.importDocument(document, Optional.empty());
            Catalog imported = other.requireCatalog("ICMEs");
            assertThat(imported.folder()).isEqualTo("Solar wind/ICME");
            assertThat(imported.attributes()).doesNotContainKey(Catalog.FOLDER);
        }
        Path votable = dir.resolve("icmes.xml");
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalogs.sqlite"))) {
            new AmdaVotableCodec().write(store.export("ICMEs"), votable);
        }
        assertThat(Files.readString(votable)).contains("folder:Solar wind/ICME");
        try (CatalogStore amda = CatalogStore.open(dir.resolve("amda.sqlite"))) {
            amda.importDocument(new AmdaVotableCodec().read(votable), Optional.empty());
            assertThat(amda.requireCatalog("ICMEs").folder()).isEqualTo("Solar wind/ICME");
        }
        assertThatThrownBy(() -> Catalog.named("x", Samples.T0).withAttributes(Map.of(Catalog.FOLDER, AttributeValue.text("a"))))
                .hasMessage("catalog 'x': 'folder' is a field, not a custom attribute");
    }

    @Test
    void aStoreMadeBeforeFoldersIsMigratedWithItsCatalogsAtTheTop() throws Exception {
        Path file = dir.resolve("v1.sqlite");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "", "").locations("classpath:db/catalog").target("1")
                .load().migrate();
        long start = Tt2000.parse("2010-01-01");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO catalogs (uuid, name, author, tags, description, attributes, predicate, created, modified)"
                    + " VALUES ('6a1f2c9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b', 'ICMEs', 'Alexis', '[\"icme\"]', '', '{}', NULL, 0, 0)");
            s.execute("INSERT INTO events (uuid, start, stop, author, tags, products, rating, attributes, created, modified) VALUES"
                    + " ('0b6c2d1e-5f4a-4b3c-9d8e-7f6a5b4c3d2e', " + start + ", " + (start + 1) + ", '', '[]', '[]', 7, '{}', 0, 0)");
            s.execute("INSERT INTO memberships (catalog, event) VALUES ('6a1f2c9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',"
                    + " '0b6c2d1e-5f4a-4b3c-9d8e-7f6a5b4c3d2e')");
        }

        try (CatalogStore store = CatalogStore.open(file)) {
            Catalog icmes = store.requireCatalog("ICMEs");
            assertThat(icmes.folder()).isEmpty();
            assertThat(icmes.tags()).containsExactly("icme");
            assertThat(store.events(icmes)).extracting(Event::start).containsExactly(start);
            store.moveCatalog("ICMEs", "Solar wind");
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT (SELECT max(version) FROM flyway_schema_history WHERE success = 1),"
                        + " (SELECT folder FROM catalogs)")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("3");
            assertThat(r.getString(2)).isEqualTo("Solar wind");
        }
    }
}
