package org.heliodeck.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.heliodeck.catalog.predicate.PredicateParser;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.formats.catalog.AttributeValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStoreTest {

    @TempDir
    Path dir;

    private CatalogStore store;
    private Catalog icmes;

    @BeforeEach
    void open() throws IOException {
        store = CatalogStore.open(dir.resolve("catalogs.sqlite"));
        icmes = store.createCatalog(Catalog.named("ICMEs", Samples.T0).withAuthor("Alexis").withTags(List.of("icme")));
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void eventsComeBackWithEveryFieldAndByStart() throws IOException {
        Event late = Samples.event("2010-05-28T01:55Z", "2010-05-29T17:58Z", List.of("mc"), 8, Map.of(
                "bmax", AttributeValue.real(21.5), "count", AttributeValue.integer(3), "shock", AttributeValue.bool(true),
                "sheath", AttributeValue.time(42), "nan", AttributeValue.real(Double.NaN),
                "ranks", AttributeValue.list(List.of(AttributeValue.integer(1), AttributeValue.text("x")))));
        Event early = Samples.event("2010-04-05T12:00Z", "2010-04-06T14:30:00.25Z");
        Event storedLate = store.addEvent(late, List.of(icmes.uuid()));
        Event storedEarly = store.addEvent(early, List.of(icmes.uuid()));

        assertThat(store.events(icmes)).containsExactly(storedEarly, storedLate);
        assertThat(storedLate.attributes()).isEqualTo(late.attributes());
        assertThat(storedLate.withModified(late.modified()).sameContentAs(late)).isTrue();
        try (CatalogStore reopened = CatalogStore.open(store.file())) {
            assertThat(reopened.events(reopened.requireCatalog("ICMEs"))).containsExactly(storedEarly, storedLate);
            assertThat(reopened.requireCatalog("ICMEs")).isEqualTo(icmes);
        }
    }

    @Test
    void anEventBelongsToSeveralCatalogs() throws IOException {
        Catalog shocks = store.createCatalog(Catalog.named("shocks", Samples.T0));
        Event e = store.addEvent(Samples.event("2010-01-01", "2010-01-02"), List.of(icmes.uuid(), shocks.uuid()));

        assertThat(store.events(icmes)).containsExactly(e);
        assertThat(store.events(shocks)).containsExactly(e);
        assertThat(store.catalogsOf(e.uuid())).containsExactlyInAnyOrder(icmes.uuid(), shocks.uuid());
        store.unassign(shocks.uuid(), List.of(e.uuid()));
        assertThat(store.events(shocks)).isEmpty();
        assertThat(store.events(icmes)).containsExactly(e);
    }

    @Test
    void removingIsSoftAndRestoreBringsBackTheMemberships() throws IOException {
        Event e = store.addEvent(Samples.event("2010-01-01", "2010-01-02"), List.of(icmes.uuid()));

        store.removeEvent(e.uuid());
        assertThat(store.events(icmes)).isEmpty();
        assertThat(store.event(e.uuid())).isEmpty();
        store.restoreEvent(e.uuid());
        assertThat(store.events(icmes)).containsExactly(e);

        store.removeCatalog(icmes.uuid());
        assertThat(store.catalogs()).isEmpty();
        assertThat(store.removedCatalogs()).containsExactly(icmes);
        Catalog other = store.createCatalog(Catalog.named("ICMEs", Samples.T0));
        assertThatThrownBy(() -> store.restoreCatalog(icmes.uuid())).hasMessageContaining("a catalog named 'ICMEs' already exists");
        store.removeCatalog(other.uuid());
        store.restoreCatalog(icmes.uuid());
        assertThat(store.events(store.requireCatalog("ICMEs"))).containsExactly(e);
    }

    @Test
    void everyEditUndoesAndRedoes() throws IOException, SQLException {
        Event added = store.addEvent(Samples.event("2010-01-01", "2010-01-02"), List.of(icmes.uuid()));
        Event edited = store.updateEvent(added.withTimes(added.start() + 1_000_000_000L, added.stop()).withRating(OptionalInt.of(9))
                .withTags(List.of("shock")));
        store.removeEvent(added.uuid());
        Catalog renamed = store.updateCatalog(icmes.withName("ICME list").withDescription("Nguyen 2019"));

        assertThat(store.undo()).hasValue("edit catalog ICME list");
        assertThat(store.catalogs()).containsExactly(icmes);
        assertThat(store.undo()).hasValue("remove event");
        assertThat(store.events(icmes)).containsExactly(edited);
        assertThat(store.undo()).hasValue("edit event");
        assertThat(store.events(icmes)).containsExactly(added);
        assertThat(store.undo()).hasValue("add event");
        assertThat(store.events(icmes)).isEmpty();
        assertThat(store.event(added.uuid())).isEmpty();
        assertThat(store.undo()).hasValue("create catalog ICMEs");
        assertThat(store.catalogs()).isEmpty();
        assertThat(store.undo()).isEmpty();

        for (int i = 0; i < 4; i++) {
            assertThat(store.redo()).isPresent();
        }
        assertThat(store.events(icmes)).isEmpty();
        assertThat(store.redo()).hasValue("edit catalog ICME list");
        assertThat(store.catalogs()).containsExactly(renamed);
        assertThat(store.redo()).isEmpty();
        assertThat(rows("SELECT count(*) FROM events WHERE removed = 1")).isEqualTo(1);
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() throws IOException {
        store.addEvent(Samples.event("2010-01-01", "2010-01-02"), List.of(icmes.uuid()));
        store.undo();
        assertThat(store.canRedo()).isTrue();
        store.addEvent(Samples.event("2011-01-01", "2011-01-02"), List.of(icmes.uuid()));
        assertThat(store.canRedo()).isFalse();
    }

    @Test
    void dynamicCatalogsHoldTheirMatchesAndTheirAssignedEvents() throws IOException {
        Event strong = store.addEvent(Samples.event("2010-01-01", "2010-01-02", List.of("shock"), 8, Map.of()), List.of());
        store.addEvent(Samples.event("2010-02-01", "2010-02-01T03:00", List.of("shock"), 9, Map.of()), List.of());
        Event assigned = store.addEvent(Samples.event("2009-01-01", "2009-01-02"), List.of());
        Catalog dynamic = store.createCatalog(Catalog.named("strong shocks", Samples.T0)
                .withPredicate(Optional.of(PredicateParser.parse("rating >= 7 and \"shock\" in tags and duration > 6 h"))));
        store.assign(dynamic.uuid(), List.of(assigned.uuid()));

        assertThat(store.events(store.requireCatalog("strong shocks"))).containsExactly(assigned, strong);
    }

    @Test
    void overlappingFindsEventsSharingAnInstantWithTheRange() throws IOException {
        Event longOne = store.addEvent(Samples.event("2009-12-01", "2010-03-01"), List.of());
        Event inside = store.addEvent(Samples.event("2010-01-10", "2010-01-11"), List.of());
        Event instant = store.addEvent(Samples.event("2010-01-01", "2010-01-01"), List.of());
        store.addEvent(Samples.event("2010-02-01", "2010-02-02"), List.of());
        store.addEvent(Samples.event("2009-12-30", "2010-01-01"), List.of()); // ends where the range starts
        Event removed = store.addEvent(Samples.event("2010-01-05", "2010-01-06"), List.of());
        store.removeEvent(removed.uuid());

        assertThat(store.overlapping(TimeRange.of("2010-01-01", "2010-02-01"))).containsExactly(longOne, instant, inside);
    }

    @Test
    void cloneAndMergeMakeNewCatalogs() throws IOException {
        Event a = store.addEvent(Samples.event("2010-01-01", "2010-01-02"), List.of(icmes.uuid()));
        Catalog other = store.createCatalog(Catalog.named("other", Samples.T0));
        Event b = store.addEvent(Samples.event("2009-01-01", "2009-01-02"), List.of(other.uuid(), icmes.uuid()));
        Event c = store.addEvent(Samples.event("2011-01-01", "2011-01-02"), List.of(other.uuid()));

        Catalog copy = store.cloneCatalog("ICMEs", "ICMEs copy");
        Catalog merged = store.mergeCatalogs(List.of("ICMEs", "other"), "all");

        assertThat(copy.tags()).containsExactly("icme");
        assertThat(store.events(copy)).containsExactly(b, a);
        assertThat(store.events(merged)).containsExactly(b, a, c);
        assertThat(store.catalogs()).extracting(Catalog::name).containsExactly("ICMEs", "ICMEs copy", "all", "other");
        assertThatThrownBy(() -> store.cloneCatalog("ICMEs", "other")).hasMessageContaining("a catalog named 'other' already exists");
        assertThatThrownBy(() -> store.cloneCatalog("nope", "x")).hasMessageContaining("no catalog named 'nope'");
    }

    @Test
    void twoStoresOnOneFileSeeEachOthersEditsAndUndoNeverOverwritesTheOther() throws IOException {
        try (CatalogStore second = CatalogStore.open(store.file())) {
            Event e = store.addEvent(Samples.event("2010-01-01", "2010-01-02"), List.of(icmes.uuid()));
            assertThat(second.events(second.requireCatalog("ICMEs"))).containsExactly(e);

            Event changed = second.updateEvent(e.withRating(OptionalInt.of(3)));
            assertThat(store.events(icmes)).containsExactly(changed);
            assertThatThrownBy(store::undo).isInstanceOf(StoreException.class)
                    .hasMessage("cannot replay 'add event': event " + e.uuid() + " has been changed since by another window or process");
            assertThat(store.events(icmes)).containsExactly(changed);
            assertThat(second.undo()).hasValue("edit event");
            assertThat(store.undo()).hasValue("add event");
            assertThat(second.events(icmes)).isEmpty();
        }
    }

    @Test
    void theSchemaIsMigratedByFlyway() throws SQLException {
        assertThat(rows("SELECT count(*) FROM flyway_schema_history WHERE success = 1 AND version = '1'")).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM sqlite_master WHERE name IN ('events', 'catalogs', 'memberships')")).isEqualTo(3);
    }

    @Test
    void aStoreWrittenByANewerHeliodeckIsRefusedUntouched() throws SQLException, IOException {
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                    + " execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, '', 0, 1)");
        }

        assertThatThrownBy(() -> CatalogStore.open(store.file())).isInstanceOf(IOException.class)
                .hasMessage("cannot open the catalog store " + store.file() + ": its schema is not one this Heliodeck knows"
                        + " (written by a newer version?): Detected applied migration not resolved locally: 99.");
        assertThat(rows("SELECT count(*) FROM catalogs")).isEqualTo(1);
        store = CatalogStore.open(dir.resolve("other.sqlite"));
    }

    @Test
    void rejectsWhatTheModelForbids() {
        assertThatThrownBy(() -> Samples.event("2010-01-02", "2010-01-01")).hasMessageContaining("is after stop");
        assertThatThrownBy(() -> Samples.event("2010-01-01", "2010-01-02", List.of(), 11, Map.of()))
                .hasMessageContaining("rating 11 is not in 1..10");
        assertThatThrownBy(() -> Samples.event("2010-01-01", "2010-01-02", List.of(), 1, Map.of("1x", AttributeValue.integer(1))))
                .hasMessageContaining("attribute name '1x'");
        assertThatThrownBy(() -> Catalog.named(" ", Samples.T0)).hasMessageContaining("name is empty");
        assertThatThrownBy(() -> store.createCatalog(Catalog.named("ICMEs", Samples.T0)))
                .hasMessageContaining("a catalog named 'ICMEs' already exists");
    }

    private long rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file()); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
