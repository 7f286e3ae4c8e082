package org.heliodeck.data.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.formats.hapi.HapiBinaryReader;
import org.heliodeck.formats.hapi.HapiInfo;
import org.heliodeck.formats.hapi.HapiTable;
import org.heliodeck.formats.hapi.NumericColumn;
import org.junit.jupiter.api.Test;

class HapiClientTest {

    private static final TimeRange SAMPLE_DAYS = TimeRange.of("1997-09-02", "1997-09-04");

    @Test
    void catalogListsTheRecordedCdawebDatasets() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                        .json("catalog", HapiFixtures.catalog());
                HapiClient client = HapiFixtures.client(server)) {
            List<HapiCatalogEntry> catalog = client.catalog();
            assertThat(catalog).hasSize(2950);
            assertThat(catalog).extracting(HapiCatalogEntry::id).contains("AC_H2_MFI", "A1_K0_MPA").doesNotHaveDuplicates();
            assertThat(server.requests("catalog")).singleElement().satisfies(r -> assertThat(r.query()).isEmpty());
        }
    }

    /** The recorded ACE infos as a HAPI 3.3 server answers {@code catalog?include=all}. */
    private static String catalogWithInfos() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root = HapiFixtures.JSON.createObjectNode();
        root.put("HAPI", "3.3");
        root.putObject("status").put("code", 1200).put("message", "OK");
        root.set("catalog", HapiFixtures.JSON.readTree(SharedData.file("services/cdaweb-hapi/nl_all_info_AC.json").toFile()));
        return root.toString();
    }

    @Test
    void aHapi33CatalogBringsEveryInfoInOneRequest() throws Exception {
        String withInfos = catalogWithInfos();
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("3.3", "csv"))
                        .json("catalog", withInfos);
                HapiClient client = HapiFixtures.client(server)) {
            assertThat(client.catalog()).hasSize(32);
            assertThat(client.knownInfo("AC_H2_MFI")).hasValueSatisfying(info ->
                    assertThat(info.parameters()).extracting(p -> p.name()).contains("Time", "Magnitude", "BGSEc"));
            assertThat(server.requests("catalog")).singleElement()
                    .satisfies(r -> assertThat(r.query()).containsEntry("include", "all"));
            assertThat(server.requests("info")).isEmpty();
        }
    }

    @Test
    void aServerRefusingIncludeAllIsAskedForItsPlainCatalog() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("3.3", "csv"))
                        .on("catalog", (x, q) -> {
                            if (q.containsKey("include")) {
                                RecordedHapiServer.send(x, 400, "application/json",
                                        RecordedHapiServer.error(1401, "Bad request - unknown API parameter name"));
                            } else {
                                RecordedHapiServer.send(x, 200, "application/json", HapiFixtures.catalog());
                            }
                        });
                HapiClient client = HapiFixtures.client(server)) {
            assertThat(client.catalog()).hasSize(2950);
            assertThat(server.requests("catalog")).hasSize(2);
        }
    }

    @Test
    void infoIsReadOnceAndNarrowedToTheParametersAsked() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                        .json("info", HapiFixtures.info("AC_H2_MFI").toString());
                HapiClient client = HapiFixtures.client(server)) {
            HapiInfo info = client.info("AC_H2_MFI");
            assertThat(info.parameters().getFirst().name()).isEqualTo("Time");
            assertThat(info.parameter("Magnitude")).hasValueSatisfying(p -> assertThat(p.units()).containsExactly("nT"));
            assertThat(client.info("AC_H2_MFI", List.of("Magnitude")).parameters()).extracting(p -> p.name())
                    .containsExactly("Time", "Magnitude");
            assertThat(server.requests("info")).hasSize(1);
            assertThat(server.requests("info").getFirst().query()).isEqualTo(Map.of("id", "AC_H2_MFI"));
        }
    }

    @Test
    void aboutIsEmptyOnVersion2AndReadOnVersion3() throws Exception {
        try (RecordedHapiServer v2 = new RecordedHapiServer().json("capabilities", HapiFixtures.capabilities("2.0", "csv"));
                HapiClient client = HapiFixtures.client(v2)) {
            assertThat(client.about()).isEmpty();
            assertThat(v2.requests("about")).isEmpty();
        }
        try (RecordedHapiServer v3 = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("3.3", "csv"))
                        .json("about", "{\"HAPI\":\"3.3\",\"status\":{\"code\":1200,\"message\":\"OK\"},"
                                + "\"id\":\"test\",\"title\":\"A test server\",\"contact\":\"nobody@example.org\"}");
                HapiClient client = HapiFixtures.client(v3)) {
            assertThat(client.about()).contains(new HapiAbout("test", "A test server", "nobody@example.org",
                    java.util.Optional.empty()));
        }
    }

    @Test
    void csvDataFromAVersion2ServerAreTheSamplesValues() throws Exception {
        AtomicLong bytes = new AtomicLong();
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                        .json("info", HapiFixtures.info("AC_H2_MFI").toString())
                        .file("data", HapiFixtures.sample(), "text/csv");
                HapiClient client = HapiFixtures.client(server)) {
            HapiTable table = client.data("AC_H2_MFI", List.of("Magnitude"), SAMPLE_DAYS,
                    new FetchContext(() -> false, bytes::addAndGet));
            assertMagnitudeOfTheSample(table);
            assertThat(bytes.get()).isEqualTo(Files.size(HapiFixtures.sample()));
            assertThat(server.requests("data").getFirst().query()).containsExactly(
                    Map.entry("id", "AC_H2_MFI"),
                    Map.entry("time.min", "1997-09-02T00:00:00.000Z"),
                    Map.entry("time.max", "1997-09-04T00:00:00.000Z"),
                    Map.entry("parameters", "Magnitude"));
        }
    }

    @Test
    void version3ServersGetVersion3SpellingsOverHttp11() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("3.3", "csv", "json"))
                        .json("info", HapiFixtures.info("AC_H2_MFI").put("HAPI", "3.3").toString())
                        .file("data", HapiFixtures.sample(), "text/csv; charset=utf-8");
                HapiClient client = new HapiClient(HapiEndpoint.of("test-hapi", server.url()),
                        HapiClientSettings.DEFAULTS.withHttpVersion(HttpClient.Version.HTTP_1_1))) {
            assertMagnitudeOfTheSample(client.data("AC_H2_MFI", List.of("Magnitude"), SAMPLE_DAYS, FetchContext.UNWATCHED));
            assertThat(server.requests("info").getFirst().query()).isEqualTo(Map.of("dataset", "AC_H2_MFI"));
            assertThat(server.requests("data").getFirst().query()).containsExactly(
                    Map.entry("dataset", "AC_H2_MFI"),
                    Map.entry("start", "1997-09-02T00:00:00.000Z"),
                    Map.entry("stop", "1997-09-04T00:00:00.000Z"),
                    Map.entry("parameters", "Magnitude"));
        }
    }

    @Test
    void binaryIsPreferredWhereTheServerOffersIt() throws Exception {
        Path binary = SharedData.file("hapi/HAPI_amda_imf_all.binary");
        String header = headerOf(binary);
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("2.0", "csv", "binary"))
                        .json("info", header)
                        .file("data", binary, "application/octet-stream");
                HapiClient client = HapiFixtures.client(server)) {
            HapiTable table = client.data("ace-imf-all", List.of("imf_mag", "imf"),
                    TimeRange.of("1997-09-02T00:00:12Z", "1997-09-04T00:00:12Z"), FetchContext.UNWATCHED);
            assertThat(table).isEqualTo(new HapiBinaryReader().read(Files.newInputStream(binary), binary.toString()));
            assertThat(table.rows()).isPositive();
            assertThat(server.requests("data").getFirst().query())
                    .containsEntry("format", "binary").containsEntry("parameters", "imf_mag,imf");
        }
    }

    @Test
    void aHeaderlessStreamIsReadWithTheInfo() throws Exception {
        String rows = String.join("\n", HapiFixtures.sampleRows()) + "\n";
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                        .json("info", HapiFixtures.info("AC_H2_MFI").toString())
                        .on("data", (x, q) -> RecordedHapiServer.send(x, 200, "text/csv", rows));
                HapiClient client = HapiFixtures.client(server)) {
            assertMagnitudeOfTheSample(client.data("AC_H2_MFI", List.of("Magnitude"), SAMPLE_DAYS, FetchContext.UNWATCHED));
        }
    }

    @Test
    void longRangesAreSplitByMaxRequestDurationAndJoined() throws Exception {
        List<String> rows = HapiFixtures.sampleRows();
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("3.1", "csv"))
                        .json("info", HapiFixtures.info("AC_H2_MFI").put("maxRequestDuration", "PT12H").toString())
                        .on("data", (x, q) -> {
                            long start = Tt2000.parse(q.get("start"));
                            long stop = Tt2000.parse(q.get("stop"));
                            String piece = rows.stream().filter(r -> {
                                long t = Tt2000.parse(r.substring(0, r.indexOf(',')));
                                return t >= start && t < stop;
                            }).map(r -> r + "\n").reduce("", String::concat);
                            RecordedHapiServer.send(x, 200, "text/csv", piece);
                        });
                HapiClient client = HapiFixtures.client(server)) {
            assertMagnitudeOfTheSample(client.data("AC_H2_MFI", List.of("Magnitude"), SAMPLE_DAYS, FetchContext.UNWATCHED));
            assertThat(server.requests("data")).extracting(r -> r.query().get("start") + "/" + r.query().get("stop"))
                    .containsExactly(
                            "1997-09-02T00:00:00.000Z/1997-09-02T12:00:00.000Z",
                            "1997-09-02T12:00:00.000Z/1997-09-03T00:00:00.000Z",
                            "1997-09-03T00:00:00.000Z/1997-09-03T12:00:00.000Z",
                            "1997-09-03T12:00:00.000Z/1997-09-04T00:00:00.000Z");
        }
    }

    @Test
    void noDataIsAnEmptyTable() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                        .json("info", HapiFixtures.info("AC_H2_MFI").toString())
                        .json("data", RecordedHapiServer.error(1201, "OK - no data for the time range"));
                HapiClient client = HapiFixtures.client(server)) {
            HapiTable table = client.data("AC_H2_MFI", List.of("Magnitude", "BGSEc"), SAMPLE_DAYS, FetchContext.UNWATCHED);
            assertThat(table.rows()).isZero();
            assertThat(table.columns()).extracting(c -> c.parameter().name()).containsExactly("Magnitude", "BGSEc");
        }
    }

    @Test
    void isoDurationsIncludeCalendarPartsAtTheirShortest() {
        assertThat(IsoDurations.parse("PT1H")).contains(Duration.ofHours(1));
        assertThat(IsoDurations.parse("P1D")).contains(Duration.ofDays(1));
        assertThat(IsoDurations.parse("P1Y2M3DT0.5S")).contains(Duration.ofDays(365 + 56 + 3).plusMillis(500));
        assertThat(IsoDurations.parse("one day")).isEmpty();
        assertThat(IsoDurations.parse("PT0S")).isEmpty();
    }

    static void assertMagnitudeOfTheSample(HapiTable table) {
        assertThat(table.rows()).isEqualTo(48);
        assertThat(table.time(0)).isEqualTo(Tt2000.parse("1997-09-02T00:00:00Z"));
        NumericColumn magnitude = (NumericColumn) table.column("Magnitude").orElseThrow();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int r = 0; r < magnitude.rows(); r++) {
            min = Math.min(min, magnitude.values().get(r, 0));
            max = Math.max(max, magnitude.values().get(r, 0));
        }
        assertThat(min).isCloseTo(2.656, within(1e-12));
        assertThat(max).isCloseTo(16.041, within(1e-12));
    }

    static void assertMagnitudeOfTheSample(List<Variable> variables) {
        assertThat(variables).extracting(Variable::name).containsExactly("Magnitude");
        assertThat(variables.getFirst().records()).isEqualTo(48);
    }

    private static String headerOf(Path binary) throws Exception {
        byte[] bytes = Files.readAllBytes(binary);
        int end = 0;
        while (bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, 1, end - 1, StandardCharsets.UTF_8);
    }
}
