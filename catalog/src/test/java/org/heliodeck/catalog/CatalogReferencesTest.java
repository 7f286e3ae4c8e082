package org.heliodeck.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heliodeck.catalog.predicate.PredicateJson;
import org.heliodeck.catalog.predicate.PredicateParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dynamic catalogs whose rules name events by uuid and refer to other catalogs, as tscat's can. */
class CatalogReferencesTest {

    @TempDir
    Path dir;

    private CatalogStore store;
    private Catalog icmes;
    private Event inIcmes;
    private Event strong;
    private Event loose;

    @BeforeEach
    void open() throws IOException {
        store = CatalogStore.open(dir.resolve("catalogs.sqlite"));
        icmes = store.createCatalog(Catalog.named("ICMEs", Samples.T0));
        inIcmes = store.addEvent(Samples.event("2010-01-01", "2010-01-02", List.of("mc"), 5, Map.of()), List.of(icmes.uuid()));
        strong = store.addEvent(Samples.event("2010-02-01", "2010-02-02", List.of("shock"), 9, Map.of()), List.of(icmes.uuid()));
        loose = store.addEvent(Samples.event("2010-03-01", "2010-03-02", List.of("shock"), 9, Map.of()), List.of());
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void aRuleSelectsTheEventsOfAnotherCatalogAndOfNone() throws IOException {
        Catalog strongIcmes = dynamic("strong ICMEs", "in catalog \"ICMEs\" and rating > 7");
        Catalog unfiled = dynamic("unfiled", "in no catalog");
        Catalog chosen = dynamic("chosen", "uuid in [\"" + loose.uuid() + "\", \"" + inIcmes.uuid() + "\"]");

        assertThat(store.events(strongIcmes)).containsExactly(strong);
        assertThat(store.events(unfiled)).containsExactly(loose);
        assertThat(store.events(chosen)).containsExactly(inIcmes, loose);

        store.assign(icmes.uuid(), List.of(loose.uuid()));
        assertThat(store.events(strongIcmes)).containsExactly(strong, loose);
        assertThat(store.events(unfiled)).isEmpty();
    }

    @Test
    void aRuleMayReferToADynamicCatalogWhoseEventsAreItsMatches() throws IOException {
        Catalog shocks = dynamic("shocks", "'shock' in tags");
        Catalog recent = dynamic("recent shocks", "in catalog \"shocks\" and start >= '2010-02-15'");

        assertThat(store.events(recent)).containsExactly(loose);
        assertThat(PredicateJson.write(recent.predicate().orElseThrow())).contains(
                "{\"type\":\"InCatalogue\",\"catalogue_uuid\":\"" + shocks.uuid() + "\"}");
    }

    @Test
    void rulesThatWouldReferToEachOtherAreRefused() throws IOException {
        Catalog a = dynamic("A", "rating > 3");
        Catalog b = dynamic("B", "in catalog \"A\"");
        dynamic("C", "in catalog \"B\"");

        assertThatThrownBy(() -> store.updateCatalog(a.withPredicate(Optional.of(PredicateParser.parse("in catalog \"C\"",
                this::uuidOf))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the rules of dynamic catalogs would refer to each other in a cycle: 'A' → 'C' → 'B' → 'A'");
        assertThatThrownBy(() -> store.updateCatalog(b.withPredicate(Optional.of(PredicateParser.parse("in catalog \"B\"",
                this::uuidOf))))).hasMessage("the rules of dynamic catalogs would refer to each other in a cycle: 'B' → 'B'");
        assertThat(store.requireCatalog("A").predicate()).isEqualTo(a.predicate());
    }

    @Test
    void aCycleWrittenByAnotherProgramIsReportedWhenListing() throws Exception {
        Catalog a = dynamic("A", "rating > 3");
        Catalog b = dynamic("B", "in catalog \"A\"");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                PreparedStatement p = c.prepareStatement("UPDATE catalogs SET predicate = ? WHERE uuid = ?")) {
            p.setString(1, "{\"type\":\"InCatalogue\",\"catalogue_uuid\":\"" + b.uuid() + "\"}");
            p.setString(2, a.uuid().toString());
            p.executeUpdate();
        }

        assertThatThrownBy(() -> store.events(store.requireCatalog("B"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the rules of dynamic catalogs refer to each other in a cycle: 'B' → 'A' → 'B'");
    }

    @Test
    void aRuleReferringToACatalogNotStoredIsRefused() {
        String missing = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
        assertThatThrownBy(() -> dynamic("X", "in catalog \"" + missing + "\""))
                .hasMessage("the rule of catalog 'X' refers to catalog " + missing + ", which is not in " + store.file());
    }

    private Catalog dynamic(String name, String rule) throws IOException {
        return store.createCatalog(Catalog.named(name, Samples.T0).withPredicate(Optional.of(PredicateParser.parse(rule, this::uuidOf))));
    }

    private Optional<java.util.UUID> uuidOf(String name) {
        try {
            return store.catalog(name).map(Catalog::uuid);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
