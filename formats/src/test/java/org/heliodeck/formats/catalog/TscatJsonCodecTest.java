package org.heliodeck.formats.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TscatJsonCodecTest {

    private static final String EVENT_A = "0b9c4a1e-5f6d-4c3b-9a8e-7f6e5d4c3b2a";
    private static final String EVENT_B = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

    private final TscatJsonCodec codec = new TscatJsonCodec();

    @TempDir
    Path dir;

    @Test
    void readsCataloguesEventsAndTypedAttributes() throws IOException {
        CatalogDocument document = codec.read(CatalogFiles.sample("tscat_export.json"));

        assertThat(document.catalogues()).extracting(CatalogueRecord::name).containsExactly("ICMEs 2010", "Empty");
        CatalogueRecord icmes = document.catalogues().getFirst();
        assertThat(icmes.uuid()).isEqualTo(UUID.fromString("6a1f2c9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b"));
        assertThat(icmes.author()).isEqualTo("Alexis");
        assertThat(icmes.tags()).containsExactly("icme", "wind");
        assertThat(icmes.predicate()).hasValue(
                "{\"type\":\"Comparison\",\"op\":\">=\",\"lhs\":{\"type\":\"Field\",\"name\":\"start\"},\"rhs\":\"2010-01-01T00:00:00\"}");
        assertThat(icmes.attributes()).containsExactly(Map.entry("origin", AttributeValue.text("Nguyen 2019")));
        assertThat(icmes.events()).containsExactly(UUID.fromString(EVENT_A), UUID.fromString(EVENT_B));
        assertThat(document.catalogues().get(1).predicate()).isEmpty();

        EventRecord a = document.events().getFirst();
        assertThat(a.start()).isEqualTo(Tt2000.parse("2010-04-05T12:00Z"));
        assertThat(a.stop()).isEqualTo(Tt2000.parse("2010-04-06T14:30:00.25Z"));
        assertThat(a.tags()).containsExactly("mc");
        assertThat(a.products()).containsExactly("wi_h0_mfi");
        assertThat(a.rating()).hasValue(8);
        assertThat(a.attributes()).containsExactly(
                Map.entry("shock", AttributeValue.bool(true)),
                Map.entry("bmax", AttributeValue.real(21.5)),
                Map.entry("count", AttributeValue.integer(3)),
                Map.entry("sheath_start", AttributeValue.time(Tt2000.parse("2010-04-05T08:26Z"))),
                Map.entry("ranks", AttributeValue.list(List.of(AttributeValue.integer(1), AttributeValue.real(2.5), AttributeValue.text("x")))),
                Map.entry("note", AttributeValue.text("clear flux rope")));
        EventRecord b = document.events().get(1);
        assertThat(b.rating()).isEmpty();
        assertThat(b.start()).isEqualTo(Tt2000.parse("2010-05-28T01:55Z"));
        assertThat(document.attributes()).containsExactly(Map.entry("exported_by", AttributeValue.text("tscat 0.4")));
    }

    @Test
    void writesWhatItReadsAndReadsItBackEqual() throws IOException {
        CatalogDocument document = codec.read(CatalogFiles.sample("tscat_export.json"));
        Path written = dir.resolve("out.json");
        codec.write(document, written);

        assertThat(codec.read(written)).isEqualTo(document);
    }

    @Test
    void writesTscatsShape() throws IOException {
        Path written = dir.resolve("out.json");
        codec.write(codec.read(CatalogFiles.sample("tscat_export.json")), written);
        JsonNode root = AttributeJson.MAPPER.readTree(written.toFile());

        assertThat(root.get("catalogues").get(0).get("events")).hasSize(2);
        assertThat(root.get("catalogues").get(0).get("events").get(0).asText()).isEqualTo(EVENT_A);
        assertThat(root.get("catalogues").get(0).get("predicate").get("type").asText()).isEqualTo("Comparison");
        JsonNode event = root.get("events").get(0);
        assertThat(event.get("start").asText()).isEqualTo("2010-04-05T12:00:00+00:00");
        assertThat(event.get("stop").asText()).isEqualTo("2010-04-06T14:30:00.250000+00:00");
        assertThat(event.get("sheath_start").asText()).isEqualTo("2010-04-05T08:26:00+00:00");
        assertThat(event.get("count").isIntegralNumber()).isTrue();
        assertThat(event.has("missing")).isFalse();
        assertThat(root.get("events").get(1).get("rating").isNull()).isTrue();
        assertThat(root.get("exported_by").asText()).isEqualTo("tscat 0.4");
    }

    @Test
    void keepsNanosecondsAndNonFiniteNumbers() throws IOException {
        UUID id = UUID.randomUUID();
        EventRecord event = EventRecord.builder(id, Tt2000.parse("2020-01-01T00:00:00.123456789Z"), Tt2000.parse("2020-01-02Z"))
                .attribute("nan", AttributeValue.real(Double.NaN))
                .attribute("inf", AttributeValue.real(Double.NEGATIVE_INFINITY))
                .attribute("big", AttributeValue.integer(Long.MIN_VALUE))
                .build();
        CatalogDocument document = new CatalogDocument(List.of(), List.of(event), Map.of());
        Path written = dir.resolve("exact.json");
        codec.write(document, written);

        assertThat(Files.readString(written)).contains("\"2020-01-01T00:00:00.123456789+00:00\"", "NaN", "-Infinity");
        assertThat(codec.read(written)).isEqualTo(document);
    }

    @Test
    void nonJsonIsRefusedNamingTheFileAndLine() throws IOException {
        Path file = CatalogFiles.write(dir, "broken.json", "{\"catalogues\": [],\n \"events\": [ {,] }");
        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file + ", line 2, column")
                .hasMessageContaining("not JSON");
    }

    @Test
    void anEventListedByACatalogueMustBeInTheFile() throws IOException {
        String missing = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
        Path file = CatalogFiles.write(dir, "missing.json", """
                {"catalogues": [{"uuid": "6a1f2c9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b", "name": "c", "author": "a",
                                 "events": ["%s", "%s"]}],
                 "events": [{"uuid": "%s", "start": "2010-01-01T00:00:00", "stop": "2010-01-02T00:00:00", "author": "a"}]}
                """.formatted(EVENT_A, missing, EVENT_A));
        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ", catalogues[0] (uuid 6a1f2c9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b).events[1]: event " + missing
                        + " is not among the file's events");
    }

    @Test
    void startAfterStopNamesTheEvent() throws IOException {
        Path file = event("\"start\": \"2010-01-02T00:00:00\", \"stop\": \"2010-01-01T00:00:00\"");
        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("events[0] (uuid " + EVENT_A + ")")
                .hasMessageContaining("start 2010-01-02T00:00:00Z is after stop 2010-01-01T00:00:00Z");
    }

    @Test
    void aBadTimeNamesTheEventAndTheField() throws IOException {
        Path file = event("\"start\": \"2010-13-01T00:00:00\", \"stop\": \"2010-01-01T00:00:00\"");
        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("events[0] (uuid " + EVENT_A + "): 'start': cannot read '2010-13-01T00:00:00'");
    }

    @Test
    void badAttributesAndRatingsNameTheEvent() throws IOException {
        String times = "\"start\": \"2010-01-01T00:00:00\", \"stop\": \"2010-01-01T00:00:00\"";
        assertThatThrownBy(() -> codec.read(event(times + ", \"bad-name\": 1")))
                .isInstanceOf(DataFormatException.class).hasMessageContaining(EVENT_A).hasMessageContaining("'bad-name'");
        assertThatThrownBy(() -> codec.read(event(times + ", \"rating\": 11")))
                .isInstanceOf(DataFormatException.class).hasMessageContaining(EVENT_A).hasMessageContaining("rating 11");
        assertThatThrownBy(() -> codec.read(event(times + ", \"nested\": {\"a\": 1}")))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("attribute 'nested': an object");
        assertThatThrownBy(() -> codec.read(event(times + ", \"huge\": 123456789012345678901234567890")))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("does not fit in a 64-bit integer");
    }

    @Test
    void aTopLevelOtherThanAnObjectIsRefused() throws IOException {
        Path file = CatalogFiles.write(dir, "array.json", "[1, 2]");
        assertThatThrownBy(() -> codec.read(file)).isInstanceOf(DataFormatException.class).hasMessageContaining("not a JSON object");
    }

    private Path event(String fields) throws IOException {
        return CatalogFiles.write(dir, "event.json",
                "{\"catalogues\": [], \"events\": [{\"uuid\": \"" + EVENT_A + "\", \"author\": \"a\", " + fields + "}]}");
    }
}
