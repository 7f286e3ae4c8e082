package org.heliodeck.server.hapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.formats.hapi.HapiBinaryReader;
import org.heliodeck.formats.hapi.HapiCsvReader;
import org.heliodeck.formats.hapi.HapiJsonReader;
import org.heliodeck.formats.hapi.HapiTable;
import org.heliodeck.formats.hapi.NumericColumn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OMNI2 files of shared/data served over HTTP on 127.0.0.1, read back with our HAPI readers. */
class HapiServerTest {

    private static HapiServer server;
    private static LocalArchive archive;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        archive = LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        server = new HapiServer(archive).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(String path) throws IOException, InterruptedException {
        return new String(get(path).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void describesItself() throws Exception {
        assertThat(text("/hapi/capabilities")).contains("\"csv\"", "\"binary\"", "\"json\"", "\"code\" : 1200");
        assertThat(text("/hapi/catalog")).contains("\"id\" : \"omni2_hourly\"");
        assertThat(text("/hapi/about")).contains("heliodeck-omni2");
        assertThat(text("/hapi/catalog?include=all")).contains("\"id\" : \"omni2_hourly\"", "\"info\" : {", "\"name\" : \"Dst\"");
        String info = text("/hapi/info?dataset=omni2_hourly");
        assertThat(info).contains("\"startDate\" : \"1998-01-01T00:00:00.000Z\"", "\"name\" : \"B_GSE\"", "\"name\" : \"Dst\"");
    }

    @Test
    void servesTheValuesOfTheFiles() throws Exception {
        String csv = text("/hapi/data?dataset=omni2_hourly&start=2003-10-30T20:00Z&stop=2003-10-31T00:00Z&parameters=Dst");
        // Column 41 of omni2_2003.dat, day 303, hours 20-23 (read with awk).
        assertThat(csv.lines().map(l -> Double.parseDouble(l.substring(l.indexOf(',') + 1))).toList())
                .containsExactly(-240.0, -316.0, -383.0, -371.0);
    }

    @ParameterizedTest
    @CsvSource({"csv", "binary", "json"})
    void everyFormatWithHeaderReadsBackAsTheArchiveHoldsIt(String format) throws Exception {
        // Across a month and year boundary: three days of chunks streamed one after another.
        TimeRange range = TimeRange.of("2003-12-31T20", "2004-01-02T04");
        byte[] body = get("/hapi/data?dataset=omni2_hourly&start=2003-12-31T20:00Z&stop=2004-01-02T04:00Z&parameters=B_GSE,V"
                + "&format=" + format + "&include=header").body();
        HapiTable table = switch (format) {
            case "binary" -> new HapiBinaryReader().read(new ByteArrayInputStream(body), Optional.empty(), "server");
            case "json" -> new HapiJsonReader().read(new ByteArrayInputStream(body), Optional.empty(), "server");
            default -> new HapiCsvReader().read(new ByteArrayInputStream(body), Optional.empty(), "server");
        };
        Variable bgse = archive.fetch("omni2_hourly", java.util.List.of("B_GSE"), range, FetchContext.UNWATCHED).getFirst();
        assertThat(table.rows()).isEqualTo(32).isEqualTo(bgse.records());
        NumericColumn served = (NumericColumn) table.column("B_GSE").orElseThrow();
        for (int r = 0; r < table.rows(); r++) {
            assertThat(table.time(r)).isEqualTo(bgse.time().get(r));
            for (int k = 0; k < 3; k++) {
                double want = bgse.values().get(r, k);
                assertThat(served.values().get(r, k)).isEqualTo(Double.isNaN(want) ? 999.9 : want);
            }
        }
        assertThat(table.time(0)).isEqualTo(Tt2000.parse("2003-12-31T20:00Z"));
    }

    @Test
    void speaksTheVersion2Spellings() throws Exception {
        String csv = text("/hapi/data?id=omni2_hourly&time.min=2003-10-30T22:00Z&time.max=2003-10-30T23:00Z&parameters=Dst");
        assertThat(csv.strip()).isEqualTo("2003-10-30T22:00:00.000Z,-383.0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/hapi/data?dataset=ace&start=2003-01-01&stop=2003-01-02                                   | 404 | 1406",
        "/hapi/data?dataset=omni2_hourly&start=2003-01-02&stop=2003-01-01                          | 400 | 1404",
        "/hapi/data?dataset=omni2_hourly&start=2003-13-02&stop=2003-01-01                          | 400 | 1402",
        "/hapi/data?dataset=omni2_hourly&start=2003-01-01&stop=soon                                | 400 | 1403",
        "/hapi/data?dataset=omni2_hourly&start=2030-01-01&stop=2030-01-02                          | 400 | 1405",
        "/hapi/data?dataset=omni2_hourly&start=2003-01-01&stop=2003-01-02&parameters=Bogus         | 400 | 1407",
        "/hapi/data?dataset=omni2_hourly&start=2003-01-01&stop=2003-01-02&parameters=Dst,B_GSE     | 400 | 1411",
        "/hapi/data?dataset=omni2_hourly&start=2003-01-01&stop=2003-01-02&format=xml               | 400 | 1409",
        "/hapi/data?dataset=omni2_hourly&start=2003-01-01&stop=2003-01-02&include=everything       | 400 | 1410",
        "/hapi/data?dataset=omni2_hourly&start=2003-01-01&stop=2003-01-02&colour=blue              | 400 | 1401",
        "/hapi/catalog?include=everything                                                          | 400 | 1410",
        "/hapi/info?dataset=nothing                                                                | 404 | 1406",
    })
    void refusesWithTheSpecificationsCodes(String path, int http, int code) throws Exception {
        HttpResponse<byte[]> response = get(path.strip());
        assertThat(response.statusCode()).isEqualTo(http);
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"code\" : " + code);
    }
}
