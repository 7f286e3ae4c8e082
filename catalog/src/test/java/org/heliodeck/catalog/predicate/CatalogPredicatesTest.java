package org.heliodeck.catalog.predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.heliodeck.catalog.Event;
import org.heliodeck.catalog.Samples;
import org.heliodeck.catalog.predicate.Predicate.All;
import org.heliodeck.catalog.predicate.Predicate.InCatalog;
import org.heliodeck.catalog.predicate.Predicate.Not;
import org.heliodeck.catalog.predicate.Predicate.Uuids;
import org.junit.jupiter.api.Test;

/** tscat's UUID and InCatalogue: their text, their JSON and what they select. */
class CatalogPredicatesTest {

    private static final UUID A = UUID.fromString("6a1f2c9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b");
    private static final UUID B = UUID.fromString("0b6c2d1e-5f4a-4b3c-9d8e-7f6a5b4c3d2e");
    private static final UUID ICMES = UUID.fromString("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");

    @Test
    void readsUuidListsAndCatalogsFromText() {
        assertThat(PredicateParser.parse("uuid in [\"" + A + "\", '" + B + "']")).isEqualTo(new Uuids(List.of(A, B)));
        assertThat(PredicateParser.parse("uuid not in [\"" + A + "\"]")).isEqualTo(new Not(new Uuids(List.of(A))));
        assertThat(PredicateParser.parse("in catalog \"ICMEs\" and not in no catalog", name -> name.equals("ICMEs")
                ? Optional.of(ICMES) : Optional.empty()))
                .isEqualTo(new All(List.of(new InCatalog(Optional.of(ICMES)), new Not(new InCatalog(Optional.empty())))));
        assertThat(PredicateParser.parse("in catalog '" + ICMES + "'")).isEqualTo(new InCatalog(Optional.of(ICMES)));
    }

    @Test
    void writesCatalogsByNameWhereKnown() {
        Predicate p = new All(List.of(new InCatalog(Optional.of(ICMES)), new Uuids(List.of(A, B))));

        assertThat(PredicateText.write(p, uuid -> uuid.equals(ICMES) ? Optional.of("ICMEs") : Optional.empty()))
                .isEqualTo("in catalog \"ICMEs\" and uuid in [\"" + A + "\", \"" + B + "\"]");
        assertThat(PredicateText.write(p)).isEqualTo("in catalog \"" + ICMES + "\" and uuid in [\"" + A + "\", \"" + B + "\"]");
        assertThat(PredicateText.write(new InCatalog(Optional.empty()))).isEqualTo("in no catalog");
    }

    @Test
    void textErrorsNameTheColumn() {
        assertThatThrownBy(() -> PredicateParser.parse("rating > 3 and in catalog \"Nope\""))
                .isInstanceOf(PredicateSyntaxException.class).hasMessageStartingWith("predicate, column 27: no catalog named 'Nope'");
        assertThatThrownBy(() -> PredicateParser.parse("tags in [\"a\"]")).hasMessageStartingWith(
                "predicate, column 6: a list in brackets follows only 'uuid in'");
        assertThatThrownBy(() -> PredicateParser.parse("uuid in [\"1-2-3-4-5\"]")).hasMessageStartingWith(
                "predicate, column 10: '1-2-3-4-5' is not a uuid");
        assertThatThrownBy(() -> PredicateParser.parse("uuid in [\"" + A + "\" \"" + B + "\"]")).hasMessageStartingWith(
                "predicate, column 49: expected ',' or ']'");
        assertThatThrownBy(() -> PredicateParser.parse("in no catalogue")).hasMessageStartingWith(
                "predicate, column 7: expected 'catalog' after 'in no'");
    }

    @Test
    void readsAndWritesTscatsJson() {
        String json = "{\"type\":\"All\",\"predicates\":[{\"type\":\"InCatalogue\",\"catalogue_uuid\":\"" + ICMES + "\"},"
                + "{\"type\":\"Not\",\"operand\":{\"type\":\"InCatalogue\",\"catalogue_uuid\":null}},"
                + "{\"type\":\"UUID\",\"uuid\":\"" + A + "\"},"
                + "{\"type\":\"Any\",\"predicates\":[{\"type\":\"UUID\",\"uuid\":\"" + A + "\"},{\"type\":\"UUID\",\"uuid\":\"" + B + "\"}]}]}";

        Predicate p = PredicateJson.read(json);

        assertThat(p).isEqualTo(new All(List.of(new InCatalog(Optional.of(ICMES)), new Not(new InCatalog(Optional.empty())),
                new Uuids(List.of(A)), new Uuids(List.of(A, B)))));
        assertThat(PredicateJson.write(p)).isEqualTo(json);
    }

    @Test
    void selectsByUuidAndByCatalog() {
        Event a = Samples.event("2010-01-01", "2010-01-02");
        Event b = Samples.event("2010-02-01", "2010-02-02");
        Event loose = Samples.event("2010-03-01", "2010-03-02");
        CatalogMembership icmes = new CatalogMembership() {
            @Override
            public Set<UUID> eventsOf(UUID catalog) {
                return catalog.equals(ICMES) ? Set.of(a.uuid()) : Set.of();
            }

            @Override
            public boolean assignedAnywhere(UUID event) {
                return !event.equals(loose.uuid());
            }
        };
        List<Event> all = List.of(a, b, loose);

        assertThat(all.stream().filter(new PredicateEvaluator(new Uuids(List.of(b.uuid(), loose.uuid()))))).containsExactly(b, loose);
        assertThat(all.stream().filter(new PredicateEvaluator(PredicateParser.parse("in catalog \"" + ICMES + "\""), icmes)))
                .containsExactly(a);
        assertThat(all.stream().filter(new PredicateEvaluator(PredicateParser.parse("in no catalog"), icmes))).containsExactly(loose);
        assertThatThrownBy(() -> new PredicateEvaluator(new InCatalog(Optional.of(ICMES))).test(a))
                .hasMessage("the predicate refers to catalog " + ICMES + ": only a store can test it");
    }

    @Test
    void findsTheCatalogsAPredicateRefersTo() {
        Predicate p = PredicateParser.parse("rating > 3 or not (in catalog \"" + ICMES + "\" and in catalog \"" + A + "\")");

        assertThat(Predicate.referredCatalogs(p)).containsExactly(ICMES, A);
        assertThat(Predicate.refersToNoCatalog(p)).isFalse();
        assertThat(Predicate.refersToNoCatalog(PredicateParser.parse("rating > 3 or not in no catalog"))).isTrue();
    }
}
