package org.heliodeck.formats.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.heliodeck.core.time.Tt2000;

/** Random single-catalogue documents come back equal from tscat JSON and from AMDA VOTable. */
class CatalogRoundTripPropertiesTest {

    private static final long START_1990 = Tt2000.parse("1990-01-01");
    private static final long START_2030 = Tt2000.parse("2030-01-01");

    private final Path dir;

    CatalogRoundTripPropertiesTest() throws IOException {
        dir = Files.createTempDirectory("catalog-properties");
    }

    @AfterProperty
    void removeFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(tries = 200)
    void tscatJsonRoundTrips(@ForAll("documents") CatalogDocument document) {
        assertThat(roundTrip(new TscatJsonCodec(), document)).isEqualTo(document);
    }

    @Property(tries = 200)
    void amdaVotableRoundTrips(@ForAll("documents") CatalogDocument document) {
        assertThat(roundTrip(new AmdaVotableCodec(), document)).isEqualTo(document);
    }

    private CatalogDocument roundTrip(CatalogCodec codec, CatalogDocument document) {
        try {
            Path file = Files.createTempFile(dir, "doc", ".out");
            codec.write(document, file);
            return codec.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Documents whose attributes VOTable carries too: one type per attribute name (the name says
     * it), no empty text, no text in the shape of a date and time.
     */
    @Provide
    Arbitrary<CatalogDocument> documents() {
        return events().list().ofMaxSize(8).uniqueElements(EventRecord::uuid).flatMap(events ->
                Combinators.combine(words(), words(), words().list().ofMaxSize(3), Arbitraries.of("", "{\"type\":\"Has\",\"name\":\"x\"}"))
                        .as((name, author, tags, predicate) -> {
                            CatalogueRecord catalogue = CatalogueRecord.builder(UUID.randomUUID(), name).author(author).tags(tags)
                                    .predicate(predicate.isEmpty() ? Optional.empty() : Optional.of(predicate))
                                    .events(events.stream().map(EventRecord::uuid).toList())
                                    .attribute("Historic", AttributeValue.text(author))
                                    .attribute("CreationDate", AttributeValue.time(Tt2000.parse("2024-05-06T07:08:09.010Z")))
                                    .build();
                            return CatalogDocument.of(catalogue, events);
                        }));
    }

    private Arbitrary<EventRecord> events() {
        Arbitrary<Long> instants = Arbitraries.longs().between(START_1990, START_2030);
        Arbitrary<OptionalInt> ratings = Arbitraries.integers().between(0, 10).map(r -> r == 0 ? OptionalInt.empty() : OptionalInt.of(r));
        Arbitrary<List<AttributeValue>> lists = Arbitraries.oneOf(
                Arbitraries.longs().map(AttributeValue::integer),
                Arbitraries.doubles().map(AttributeValue::real),
                words().map(AttributeValue::text)).list().ofMaxSize(3);
        return Combinators.combine(instants, instants, words(), words().list().ofMaxSize(3), ratings,
                        Combinators.combine(Arbitraries.longs(), Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NaN, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE)), Arbitraries.of(true, false),
                                instants, words(), lists).as(Values::new),
                        Arbitraries.integers().between(0, 63))
                .as((a, b, author, tags, rating, values, presence) -> {
                    EventRecord.Builder event = EventRecord.builder(UUID.randomUUID(), Math.min(a, b), Math.max(a, b))
                            .author(author).tags(tags).products(tags.reversed()).rating(rating);
                    List<Runnable> setters = new ArrayList<>(List.of(
                            () -> event.attribute("count", AttributeValue.integer(values.integer())),
                            () -> event.attribute("ratio", AttributeValue.real(values.real())),
                            () -> event.attribute("flag", AttributeValue.bool(values.bool())),
                            () -> event.attribute("peak", AttributeValue.time(values.time())),
                            () -> event.attribute("note", AttributeValue.text(values.text())),
                            () -> event.attribute("items", AttributeValue.list(values.list()))));
                    for (int i = 0; i < setters.size(); i++) {
                        if ((presence & (1 << i)) != 0) {
                            setters.get(i).run();
                        }
                    }
                    return event.build();
                });
    }

    private record Values(long integer, double real, boolean bool, long time, String text, List<AttributeValue> list) {}

    private static Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '&', '<', '"', '\'', 'é', '€').ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
    }
}
