package org.heliodeck.formats.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCsvCodecTest {

    private final EventCsvCodec codec = new EventCsvCodec();

    @TempDir
    Path dir;

    @Test
    void readsTheNguyen2019IcmeList() throws IOException {
        CatalogDocument document = codec.read(SharedData.file("catalogs/icme_nguyen2019.csv"));
        List<EventRecord> events = document.events();

        assertThat(events).hasSize(653);
        assertThat(document.catalogues()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("icme_nguyen2019");
            assertThat(c.events()).hasSize(653);
        });
        EventRecord earliest = events.stream().min(Comparator.comparingLong(EventRecord::start)).orElseThrow();
        assertThat(earliest.start()).isEqualTo(Tt2000.parse("1997-09-03T13:40Z"));
        assertThat(earliest.stop()).isEqualTo(Tt2000.parse("1997-09-03T20:40Z"));
        EventRecord latest = events.stream().max(Comparator.comparingLong(EventRecord::start)).orElseThrow();
        assertThat(latest.start()).isEqualTo(Tt2000.parse("2015-12-31T18:32Z"));
        assertThat(latest.stop()).isEqualTo(Tt2000.parse("2015-12-31T23:59Z"));
        assertThat(latest.attributes()).containsExactly(Map.entry("origin", AttributeValue.text("FP")));

        // rows checked by hand against the file (file line = row + 1)
        assertRow(events.get(33), "1998-11-07T22:21:00Z", "1998-11-10T02:47Z", "Chinchilla");
        assertRow(events.get(98), "2002-05-10T22:20Z", "2002-05-11T10:31Z", "Chinchilla");
        assertRow(events.get(298), "2001-06-19T00:41Z", "2001-06-19T14:00Z", "FP");
        assertRow(events.get(86), "2001-10-22T01:17Z", "2001-10-23T01:29Z", "Chinchilla"); // written "1:29"
        assertRow(events.getLast(), "2003-11-04T11:00:00Z", "2003-11-04T16:00:00Z", "LJ");
        assertThat(events).allSatisfy(e -> assertThat(e.start()).isLessThanOrEqualTo(e.stop()));
        assertThat(events.stream().map(e -> e.attributes().get("origin")).distinct())
                .extracting(v -> ((AttributeValue.TextValue) v).value())
                .containsExactlyInAnyOrder("Chinchilla", "Chi", "FP", "LJ", "Lepping", "RC", "Turc");
    }

    @Test
    void theIcmeListConvertsToVotableAndTscatJsonAndBackUnchanged() throws IOException {
        CatalogDocument icmes = codec.read(SharedData.file("catalogs/icme_nguyen2019.csv"));

        Path votable = dir.resolve("icmes.xml");
        new AmdaVotableCodec().write(icmes, votable);
        assertThat(new AmdaVotableCodec().read(votable)).isEqualTo(icmes);

        Path json = dir.resolve("icmes.json");
        new TscatJsonCodec().write(icmes, json);
        assertThat(new TscatJsonCodec().read(json)).isEqualTo(icmes);

        Path csv = dir.resolve("icmes.csv");
        codec.write(icmes, csv);
        assertThat(codec.read(csv).events()).isEqualTo(icmes.events());
        assertThat(Files.readAllLines(csv).get(1)).startsWith("1997-09-03T13:40:00Z,1997-09-03T20:40:00Z,");
    }

    @Test
    void slashedTimesReadExactly() throws IOException {
        Path file = CatalogFiles.write(dir, "slashes.csv", "begin,end\n1997/10/10 15:57,1997/10/11 01:02:03\n");
        EventRecord event = codec.read(file).events().getFirst();

        assertThat(event.start()).isEqualTo(Tt2000.parse("1997-10-10T15:57Z"));
        assertThat(event.stop()).isEqualTo(Tt2000.of(1997, 10, 11, 1, 2, 3, 0));
    }

    @Test
    void slashedTimesMayHaveOneDigitFieldsAndFractions() {
        EventCsvLayout layout = EventCsvLayout.DEFAULT;
        assertThat(layout.parseTime("2001/10/23 1:29")).isEqualTo(Tt2000.parse("2001-10-23T01:29Z"));
        assertThat(layout.parseTime("2001/1/2 3:04:05.25")).isEqualTo(Tt2000.parse("2001-01-02T03:04:05.25Z"));
        assertThat(layout.parseTime("2001/01/02")).isEqualTo(Tt2000.parse("2001-01-02Z"));
        assertThat(layout.parseTime("2016/12/31 23:59:60")).isEqualTo(Tt2000.parse("2016-12-31T23:59:60Z"));
        assertThat(layout.parseTime("2001-02-03T04:05:06Z")).isEqualTo(Tt2000.parse("2001-02-03T04:05:06Z"));
        assertThatThrownBy(() -> layout.parseTime("2001/02/30 00:00")).hasMessageStartingWith("cannot read '2001/02/30 00:00' as a time: day 30");
    }

    @Test
    void aConfiguredLayoutReadsOtherColumnsAndPatterns() throws IOException {
        Path file = CatalogFiles.write(dir, "custom.csv", """
                # exported by hand
                id;from;to;Bz min;quality
                a;10.10.1997 15:57;11.10.1997 01:00;-12.5;1
                b;12.10.1997 00:00;12.10.1997 06:30;;2
                """);
        EventCsvCodec custom = new EventCsvCodec(EventCsvLayout.DEFAULT.withColumns("from", "to")
                .withTimePattern("dd.MM.uuuu HH:mm").withDelimiter(';'));
        List<EventRecord> events = custom.read(file).events();

        assertThat(events).hasSize(2);
        assertThat(events.getFirst().start()).isEqualTo(Tt2000.parse("1997-10-10T15:57Z"));
        assertThat(events.getFirst().attributes()).containsExactly(
                Map.entry("id", AttributeValue.text("a")),
                Map.entry("Bz_min", AttributeValue.real(-12.5)),
                Map.entry("quality", AttributeValue.integer(1)));
        assertThat(events.get(1).attributes()).doesNotContainKey("Bz_min");
        assertThat(events.get(1).stop()).isEqualTo(Tt2000.parse("1997-10-12T06:30Z"));
    }

    @Test
    void eventFieldsAndTypedAttributesSurviveCsv() throws IOException {
        long t = Tt2000.parse("2020-02-02T02:02:02.5Z");
        EventRecord event = EventRecord.builder(UUID.randomUUID(), t, t + 1)
                .author("Ann \"the\" Author").tags(List.of("a", "b c")).products(List.of("p")).rating(OptionalInt.of(4))
                .attribute("when", AttributeValue.time(t))
                .attribute("flag", AttributeValue.bool(false))
                .attribute("n", AttributeValue.integer(-7))
                .attribute("values", AttributeValue.list(List.of(AttributeValue.real(1.5))))
                .attribute("note", AttributeValue.text("with, comma"))
                .build();
        CatalogDocument document = CatalogDocument.of(CatalogueRecord.builder(UUID.randomUUID(), "c").events(List.of(event.uuid())).build(),
                List.of(event));
        Path csv = dir.resolve("fields.csv");
        codec.write(document, csv);

        assertThat(codec.read(csv).events()).containsExactly(event);
    }

    @Test
    void badRowsNameTheLine() throws IOException {
        Path badTime = CatalogFiles.write(dir, "badtime.csv", "begin,end,origin\n1997/10/10 15:57,1997/10/11 01:00,x\n1997/13/01 00:00,1997/10/11 01:00,y\n");
        assertThatThrownBy(() -> codec.read(badTime))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(badTime + ", line 3: begin: cannot read '1997/13/01 00:00' as a time: month 13");
        Path reversed = CatalogFiles.write(dir, "reversed.csv", "begin,end\n1997/10/12 00:00,1997/10/11 00:00\n");
        assertThatThrownBy(() -> codec.read(reversed))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(reversed + ", line 2: event ")
                .hasMessageEndingWith("start 1997-10-12T00:00:00Z is after stop 1997-10-11T00:00:00Z");
        Path ragged = CatalogFiles.write(dir, "ragged.csv", "begin,end\n1997/10/10 00:00,1997/10/11 00:00,extra\n");
        assertThatThrownBy(() -> codec.read(ragged)).hasMessage(ragged + ", line 2: 3 fields where the header has 2");
        Path noStop = CatalogFiles.write(dir, "nostop.csv", "begin,finish\n");
        assertThatThrownBy(() -> codec.read(noStop)).hasMessageStartingWith(noStop + ", line 1: no stop column (stop, end,");
        Path quote = CatalogFiles.write(dir, "quote.csv", "begin,end,note\n1997/10/10 00:00,1997/10/11 00:00,\"open\n");
        assertThatThrownBy(() -> codec.read(quote)).hasMessage(quote + ", line 2: the quote opened at column 35 is not closed");
    }

    private static void assertRow(EventRecord event, String start, String stop, String origin) {
        assertThat(event.start()).isEqualTo(Tt2000.parse(start));
        assertThat(event.stop()).isEqualTo(Tt2000.parse(stop));
        assertThat(event.attributes()).containsExactly(Map.entry("origin", AttributeValue.text(origin)));
    }
}
