package org.heliodeck.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.heliodeck.catalog.predicate.Predicate;
import org.heliodeck.catalog.predicate.Predicate.Op;
import org.heliodeck.catalog.predicate.Predicate.Operand;
import org.heliodeck.catalog.predicate.PredicateEvaluator;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue;

/**
 * Whatever the rule, the SQL compiled from it selects the events the evaluator selects (where the
 * rule compiles whole) or at least those (where only some of its terms do): so a dynamic catalog
 * listed through SQL lists what testing every event would.
 */
class PredicateSqlPropertiesTest {

    private static final String[] TIMES = {"2010-01-01", "2010-01-01T06:00", "2010-01-02", "2010-03-01", "2011-01-01"};
    private static Path dir;
    private static Connection connection;
    private static List<Event> events;

    @BeforeContainer
    static void store() throws IOException {
        dir = Files.createTempDirectory("predicate-sql");
        List<Event> made = new ArrayList<>();
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalogs.sqlite"))) {
            for (int i = 0; i < 12; i++) {
                long start = Tt2000.parse(TIMES[i % TIMES.length]);
                long stop = start + (i % 4) * 3 * 3_600_000_000_000L;
                Event e = new Event(UUID.randomUUID(), start, stop, i % 3 == 0 ? "Alexis" : "Bo", i % 2 == 0 ? List.of("shock") : List.of(),
                        i % 3 == 1 ? List.of("wi_h0_mfi") : List.of(), i % 5 == 0 ? OptionalInt.empty() : OptionalInt.of(1 + i % 10),
                        Map.of("bmax", AttributeValue.real(i)), Samples.T0, Samples.T0);
                made.add(store.addEvent(e, List.of()));
            }
        }
        events = List.copyOf(made);
        connection = CatalogDatabase.open(dir.resolve("catalogs.sqlite"));
    }

    @AfterContainer
    static void remove() throws SQLException, IOException {
        connection.close();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 400)
    void compiledRulesSelectWhatTheEvaluatorSelects(@ForAll("rules") Predicate rule) throws SQLException {
        List<UUID> evaluated = events.stream().filter(new PredicateEvaluator(rule)).map(Event::uuid).sorted().toList();
        Tables tables = new Tables(connection);

        Optional<PredicateSql> exact = PredicateSql.exact(rule);
        if (exact.isPresent()) {
            assertThat(tables.liveEvents(exact.get()).stream().map(Event::uuid).sorted().toList()).as(exact.get().where())
                    .isEqualTo(evaluated);
        }
        Optional<PredicateSql> necessary = PredicateSql.necessary(rule);
        if (necessary.isPresent()) {
            assertThat(tables.liveEvents(necessary.get()).stream().map(Event::uuid).toList()).as(necessary.get().where())
                    .containsAll(evaluated);
        }
    }

    @Provide
    Arbitrary<Predicate> rules() {
        return rule(2);
    }

    private static Arbitrary<Predicate> rule(int depth) {
        Arbitrary<Predicate> leaf = Arbitraries.oneOf(comparison(), swapped(),
                Arbitraries.of("rating", "tags", "start").map(f -> (Predicate) new Predicate.Has(new Operand.Field(f))),
                Arbitraries.of("shock", "wi_h0_mfi", "mc").flatMap(t -> Arbitraries.of("tags", "products")
                        .map(f -> (Predicate) new Predicate.In(new Operand.Text(t), new Operand.Field(f)))),
                Arbitraries.integers().between(0, 11).list().ofMinSize(1).ofMaxSize(3)
                        .map(l -> (Predicate) new Predicate.Uuids(l.stream().map(i -> events.get(i).uuid()).toList())),
                Arbitraries.of("^A", "o$").map(r -> (Predicate) new Predicate.Match(new Operand.Field("author"), r)),
                Arbitraries.integers().between(0, 12).map(n -> (Predicate) new Predicate.Comparison(Op.GE,
                        new Operand.Attribute("bmax"), new Operand.Number(n))));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Predicate> inner = rule(depth - 1);
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, inner.map(Predicate.Not::new)),
                Tuple.of(2, inner.list().ofMinSize(2).ofMaxSize(3).map(l -> (Predicate) new Predicate.All(l))),
                Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(3).map(l -> (Predicate) new Predicate.Any(l))));
    }

    private static Arbitrary<Predicate> comparison() {
        return Arbitraries.of(Op.values()).flatMap(op -> Arbitraries.of("rating", "duration", "start", "stop", "author", "uuid")
                .flatMap(f -> literal(f).map(v -> (Predicate) new Predicate.Comparison(op, new Operand.Field(f), v))));
    }

    private static Arbitrary<Predicate> swapped() {
        return comparison().map(p -> p instanceof Predicate.Comparison c ? new Predicate.Comparison(c.op(), c.rhs(), c.lhs()) : p);
    }

    /** Values of the field's kind mostly, of another kind sometimes. */
    private static Arbitrary<Operand> literal(String field) {
        Arbitrary<Operand> numbers = Arbitraries.of(0.0, 1.0, 3.0, 5.5, 6.0, 10.0, 21600.0, 32400.0, -1.0).map(Operand.Number::new);
        Arbitrary<Operand> times = Arbitraries.of(TIMES).map(Operand.Text::new);
        Arbitrary<Operand> texts = Arbitraries.of("Alexis", "Bo", "", "not a time", events.get(3).uuid().toString())
                .map(Operand.Text::new);
        Arbitrary<Operand> main = switch (field) {
            case "rating", "duration" -> numbers;
            case "start", "stop" -> times;
            default -> texts;
        };
        return Arbitraries.frequencyOf(Tuple.of(4, main), Tuple.of(1, numbers), Tuple.of(1, texts),
                Tuple.of(1, Arbitraries.of(true, false).map(Operand.Bool::new)));
    }
}
