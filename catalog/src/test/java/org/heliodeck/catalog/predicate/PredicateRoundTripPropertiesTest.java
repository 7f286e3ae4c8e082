package org.heliodeck.catalog.predicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.heliodeck.catalog.Event;
import org.heliodeck.catalog.Samples;
import org.heliodeck.catalog.predicate.Predicate.Op;
import org.heliodeck.catalog.predicate.Predicate.Operand;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue;

/**
 * Whatever the predicate, its text and its JSON read back as the same predicate; the one exception,
 * an {@code Any} made only of uuid lists (which JSON holds as one list), selects the same events.
 */
class PredicateRoundTripPropertiesTest {

    private static final List<UUID> UUIDS = List.of(UUID.fromString("6a1f2c9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b"),
            UUID.fromString("0b6c2d1e-5f4a-4b3c-9d8e-7f6a5b4c3d2e"), UUID.fromString("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"));
    private static final List<Event> EVENTS = List.of(
            event(UUIDS.get(0), "2010-01-01", "2010-01-02", List.of("shock"), 8, Map.of("bmax", AttributeValue.real(21.5))),
            event(UUIDS.get(1), "2011-01-01", "2011-01-01T03:00", List.of(), 0, Map.of("origin", AttributeValue.text("abc"))),
            event(UUIDS.get(2), "2012-01-01", "2012-01-03", List.of("mc", "shock"), 3, Map.of("shock", AttributeValue.bool(true))));
    private static final CatalogMembership CATALOGS = new CatalogMembership() {
        @Override
        public Set<UUID> eventsOf(UUID catalog) {
            return Set.of(catalog);
        }

        @Override
        public boolean assignedAnywhere(UUID event) {
            return !event.equals(UUIDS.get(1));
        }
    };

    @Property(tries = 300)
    void textReadsBackTheSame(@ForAll("predicates") Predicate p) {
        assertThat(PredicateParser.parse(PredicateText.write(p))).isEqualTo(p);
    }

    @Property(tries = 300)
    void jsonReadsBackTheSame(@ForAll("predicates") Predicate p) {
        assertThat(PredicateJson.read(PredicateJson.write(p))).isEqualTo(p);
    }

    @Property(tries = 300)
    void jsonOfUuidAlternativesSelectsTheSameEvents(@ForAll("uuidAlternatives") Predicate p) {
        Predicate back = PredicateJson.read(PredicateJson.write(p));

        assertThat(EVENTS.stream().filter(new PredicateEvaluator(back, CATALOGS)))
                .containsExactlyElementsOf(EVENTS.stream().filter(new PredicateEvaluator(p, CATALOGS)).toList());
        assertThat(PredicateJson.read(PredicateJson.write(back))).isEqualTo(back);
    }

    @Provide
    Arbitrary<Predicate> uuidAlternatives() {
        return uuids().list().ofMinSize(2).ofMaxSize(3).map(l -> (Predicate) new Predicate.Any(List.copyOf(l)));
    }

    private static Arbitrary<Predicate> uuids() {
        return Arbitraries.of(UUIDS).list().ofMinSize(1).ofMaxSize(3).map(Predicate.Uuids::new);
    }

    @Provide
    Arbitrary<Predicate> predicates() {
        return predicate(3);
    }

    private static Arbitrary<Predicate> predicate(int depth) {
        Arbitrary<Predicate> leaf = Arbitraries.oneOf(
                Arbitraries.of(Op.values()).flatMap(op -> operand().flatMap(l -> operand().map(r -> new Predicate.Comparison(op, l, r)))),
                operand().flatMap(l -> operand().map(r -> new Predicate.In(l, r))),
                operand().flatMap(o -> Arbitraries.of("^A", "shock|mc", "[0-9]+", "a'b").map(re -> new Predicate.Match(o, re))),
                name().map(n -> new Predicate.Has(Operand.named(n))),
                uuids(),
                Arbitraries.of(UUIDS).optional().map(Predicate.InCatalog::new));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Predicate> inner = predicate(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, inner.map(Predicate.Not::new)),
                net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(3).map(l -> (Predicate) new Predicate.All(List.copyOf(l)))),
                // An Any of uuid lists alone is one list in JSON: jsonOfUuidAlternativesSelectsTheSameEvents.
                net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(3).filter(l -> !l.stream().allMatch(q -> q instanceof Predicate.Uuids))
                        .map(l -> (Predicate) new Predicate.Any(List.copyOf(l)))));
    }

    private static Arbitrary<Operand> operand() {
        return Arbitraries.oneOf(
                name().map(Operand::named),
                Arbitraries.strings().withChars("abc XYZ019-:'").ofMaxLength(8).map(Operand.Text::new),
                Arbitraries.doubles().between(-1e6, 1e6).map(Operand.Number::new),
                Arbitraries.integers().between(-100, 100).map(i -> new Operand.Number(i)),
                Arbitraries.of(true, false).map(Operand.Bool::new));
    }

    private static Event event(UUID uuid, String start, String stop, List<String> tags, int rating, Map<String, AttributeValue> attributes) {
        return new Event(uuid, Tt2000.parse(start), Tt2000.parse(stop), "Alexis", tags, List.of(),
                rating == 0 ? OptionalInt.empty() : OptionalInt.of(rating), attributes, Samples.T0, Samples.T0);
    }

    private static Arbitrary<String> name() {
        return Arbitraries.of("rating", "tags", "start", "duration", "author", "bmax", "origin", "shock", "x_1");
    }
}
