package org.heliodeck.data.amda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.heliodeck.cdf.IstpWriter;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.http.HttpSettings;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.ascii.AmdaAsciiCodec;
import org.heliodeck.formats.catalog.AmdaVotableCodec;
import org.heliodeck.formats.catalog.AttributeValue;
import org.heliodeck.formats.catalog.CatalogDocument;
import org.heliodeck.formats.catalog.CatalogueRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmdaProviderTest {

    private static final HttpSettings QUICK = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(400), 2,
            Duration.ofMillis(10));
    private static final TimeRange RANGE = TimeRange.of("2015-10-18T00:01:17Z", "2015-10-18T00:07:04.5Z");

    @TempDir
    Path made;

    private HttpServer server;
    /** Asks for ASCII only, as the tests of the ASCII path expect; the CDF tests make their own. */
    private AmdaProvider amda;
    /** What the list and table services answer, by service file name. */
    private final Map<String, Function<URI, Answer>> services = new ConcurrentHashMap<>();
    private final List<URI> serviceRequests = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> parameterQueries = new CopyOnWriteArrayList<>();
    private final AtomicInteger parameterCalls = new AtomicInteger();
    /** What getParameter.php does on the n-th call (from 1). */
    private volatile Function<Integer, Answer> getParameter;

    private record Answer(int status, String body, long delayMillis) {
        static Answer json(String body) {
            return new Answer(200, body, 0);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/files/", exchange -> {
            String name = Path.of(exchange.getRequestURI().getPath()).getFileName().toString();
            send(exchange, 200, Files.readAllBytes(SharedData.file("services/amda/" + name)), 0);
        });
        server.createContext("/php/rest/getObsDataTree.php", exchange -> send(exchange, 200,
                ("{\"success\":true,\"WorkSpace\":{\"LocalDataBaseParameters\":\"" + url("/files/obsdatatree.xml")
                        + "\"}}").getBytes(StandardCharsets.UTF_8), 0));
        server.createContext("/tree-itself/getObsDataTree.php", exchange -> send(exchange, 200,
                Files.readAllBytes(SharedData.file("services/amda/obsdatatree.xml")), 0));
        server.createContext("/php/rest/getParameter.php", exchange -> {
            parameterQueries.add(query(exchange.getRequestURI()));
            Answer a = getParameter.apply(parameterCalls.incrementAndGet());
            send(exchange, a.status(), a.body().getBytes(StandardCharsets.UTF_8), a.delayMillis());
        });
        server.createContext("/php/rest/", exchange -> {
            URI asked = exchange.getRequestURI();
            serviceRequests.add(asked);
            String service = Path.of(asked.getPath()).getFileName().toString();
            Function<URI, Answer> answer = services.get(service);
            Answer a = answer == null ? new Answer(404, "no " + service, 0) : answer.apply(asked);
            send(exchange, a.status(), a.body().getBytes(StandardCharsets.UTF_8), a.delayMillis());
        });
        server.createContext("/fixtures/", exchange -> send(exchange, 200,
                Files.readAllBytes(fixture(Path.of(exchange.getRequestURI().getPath()).getFileName().toString())), 0));
        server.createContext("/made/", exchange -> send(exchange, 200,
                Files.readAllBytes(made.resolve(Path.of(exchange.getRequestURI().getPath()).getFileName().toString())), 0));
        server.start();
        amda = new AmdaProvider(URI.create(url("/php/rest/")), QUICK, AmdaProvider.ParameterFormat.ASCII);
    }

    @AfterEach
    void stop() {
        amda.close();
        server.stop(0);
    }

    @Test
    void inventoryIsAmdaDataTreeFetchedFromTheUrlTheServiceGives() throws IOException {
        List<InventoryNode> nodes = amda.inventory();

        Map<NodeKind, Long> counts = nodes.stream()
                .collect(Collectors.groupingBy(InventoryNode::kind, Collectors.counting()));
        assertThat(counts).containsEntry(NodeKind.MISSION, 106L).containsEntry(NodeKind.DATASET, 1046L)
                .containsEntry(NodeKind.PARAMETER, 5420L);
        assertThat(nodes).allSatisfy(n -> assertThat(n.provider()).isEqualTo("amda"));
        assertThat(nodes).anySatisfy(n -> assertThat(n.id()).isEqualTo("ace_epam_ca60_he"));
    }

    @Test
    void inventoryAlsoReadsATreeAnsweredDirectly() throws IOException {
        try (AmdaProvider direct = new AmdaProvider(URI.create(url("/tree-itself")), QUICK)) {
            assertThat(direct.inventory()).filteredOn(n -> n.kind() == NodeKind.MISSION).hasSize(106);
        }
    }

    @Test
    void cancelledFetchAsksNothing() {
        getParameter = n -> Answer.json("{}");

        assertThatThrownBy(() -> amda.fetch("ds", List.of("imf"), RANGE, new FetchContext(() -> true, b -> { })))
                .isInstanceOf(CancellationException.class);
        assertThat(parameterCalls).hasValue(0);
    }

    @Test
    void fetchDownloadsTheAsciiFileAndReadsIt() throws IOException {
        getParameter = n -> Answer.json("{\"success\": true, \"dataFileURLs\": \"" + url("/files/amda_sample_spectro.txt")
                + "\"}");

        List<Variable> variables = amda.fetch("mvn-sep1-clb", List.of("mav_sep1_fe"), RANGE, FetchContext.UNWATCHED);

        assertThat(parameterQueries).containsExactly(Map.of("startTime", "2015-10-18T00:01:17",
                "stopTime", "2015-10-18T00:07:05", "parameterID", "mav_sep1_fe", "outputFormat", "ASCII"));
        Variable fe = variables.getFirst();
        assertThat(fe.name()).isEqualTo("mav_sep1_fe");
        assertThat(fe.product()).isEqualTo("mvn-sep1-clb");
        assertThat(fe.records()).isEqualTo(44);
        // First and last rows of the file: 1.445126479422e+09 … and 1.445126823419e+09 1.440 2.880 … 0.000.
        assertThat(fe.time().get(0)).isEqualTo(Tt2000.parse("2015-10-18T00:01:19.422Z"));
        assertThat(fe.values().get(0, 0)).isEqualTo(1.44);
        assertThat(fe.time().get(43)).isEqualTo(Tt2000.parse("2015-10-18T00:07:03.419Z"));
        assertThat(fe.values().get(43, 1)).isEqualTo(2.88);
        assertThat(fe.values().get(43, 14)).isEqualTo(0.0);
    }

    @Test
    void asksOnceForEachParameterAndNamesVariablesAfterThem() throws IOException {
        getParameter = n -> Answer.json("{\"success\":true,\"dataFileURLs\":\""
                + url(n == 1 ? "/files/derived_param.txt" : "/files/derived_param2.txt") + "\"}");

        List<Variable> variables = amda.fetch("derived", List.of("bepi_xyz_hee", "mms1_fast_jgse"),
                TimeRange.of("2019-11-08T00:00:00Z", "2019-11-09T00:00:00Z"), FetchContext.UNWATCHED);

        assertThat(parameterQueries).extracting(q -> q.get("parameterID")).containsExactly("bepi_xyz_hee", "mms1_fast_jgse");
        assertThat(variables).extracting(Variable::name).containsExactly("bepi_xyz_hee", "mms1_fast_jgse");
        Variable xyz = variables.getFirst();
        assertThat(xyz.metadata().units()).isEqualTo("AU");
        assertThat(xyz.time().get(0)).isEqualTo(Tt2000.parse("2019-11-08T00:00:00.001Z"));
        assertThat(Arrays.asList(xyz.values().get(0, 0), xyz.values().get(0, 2)))
                .containsExactly(9.421308279928e-01, 4.233058199379e-04);
        Variable j = variables.get(1);
        int last = j.records() - 1;
        assertThat(j.time().get(last)).isEqualTo(Tt2000.parse("2019-11-08T00:00:00.119Z"));
        assertThat(j.values().get(last, 0)).isEqualTo(1.77979e-08);
        assertThat(j.values().get(last, 2)).isEqualTo(1.34063e-08);
    }

    @Test
    void amdaRefusalIsAnErrorNamingParameterRangeAndMessage() {
        getParameter = n -> Answer.json("{\"success\": false, \"message\": \"Unknown parameter: nope\"}");

        assertThatThrownBy(() -> amda.fetch("ds", List.of("nope"), RANGE, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("amda: parameter nope over 2015-10-18T00:01:17/2015-10-18T00:07:05")
                .hasMessageContaining("Unknown parameter: nope");
    }

    @Test
    void serverErrorIsRetried() throws IOException {
        getParameter = n -> n == 1 ? new Answer(500, "overloaded", 0)
                : Answer.json("{\"success\":true,\"dataFileURLs\":\"" + url("/files/derived_param.txt") + "\"}");

        List<Variable> variables = amda.fetch("derived", List.of("bepi_xyz_hee"), RANGE, FetchContext.UNWATCHED);

        assertThat(parameterCalls).hasValue(2);
        assertThat(variables.getFirst().records()).isEqualTo(1);
    }

    @Test
    void persistentServerErrorNamesTheStatus() {
        getParameter = n -> new Answer(500, "overloaded", 0);

        assertThatThrownBy(() -> amda.fetch("ds", List.of("imf"), RANGE, FetchContext.UNWATCHED))
                .hasMessageStartingWith("amda: parameter imf over ")
                .hasMessageContaining("HTTP 500: overloaded (after 2 tries)");
    }

    @Test
    void silentServerTimesOutInsteadOfHanging() {
        getParameter = n -> new Answer(200, "{}", 3_000);

        long began = System.nanoTime();
        assertThatThrownBy(() -> amda.fetch("ds", List.of("imf"), RANGE, FetchContext.UNWATCHED))
                .hasMessageStartingWith("amda: parameter imf over ")
                .hasMessageContaining("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void malformedJsonIsNamed() {
        getParameter = n -> Answer.json("<html>Fatal error in getParameter.php</html>");

        assertThatThrownBy(() -> amda.fetch("ds", List.of("imf"), RANGE, FetchContext.UNWATCHED))
                .hasMessageStartingWith("amda: parameter imf over ")
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("Fatal error");
    }

    @Test
    void answerWithoutFileUrlIsNamed() {
        getParameter = n -> Answer.json("{\"success\":true}");

        assertThatThrownBy(() -> amda.fetch("ds", List.of("imf"), RANGE, FetchContext.UNWATCHED))
                .hasMessageContaining("no dataFileURLs");
    }

    @Test
    void missingDataFileIsNamed() {
        getParameter = n -> Answer.json("{\"success\":true,\"dataFileURLs\":\"" + url("/nowhere/x.txt") + "\"}");

        assertThatThrownBy(() -> amda.fetch("ds", List.of("imf"), RANGE, FetchContext.UNWATCHED))
                .hasMessageStartingWith("amda: parameter imf over ")
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void fetchAsksForAnIstpCdfFirstAndReadsItsValues() throws IOException {
        Variable source = spectroFromAscii();
        new IstpWriter(false).write(List.of(source), Map.of(), made.resolve("mav_sep1_fe.cdf"));
        getParameter = n -> Answer.json("{\"success\":true,\"dataFileURLs\":[\"" + url("/made/mav_sep1_fe.cdf") + "\"]}");

        try (AmdaProvider cdfFirst = new AmdaProvider(URI.create(url("/php/rest/")), QUICK)) {
            Variable fe = cdfFirst.fetch("mvn-sep1-clb", List.of("mav_sep1_fe"), RANGE, FetchContext.UNWATCHED).getFirst();

            assertThat(parameterQueries).extracting(q -> q.get("outputFormat")).containsExactly("CDF_ISTP");
            assertThat(fe.name()).isEqualTo("mav_sep1_fe");
            assertThat(fe.product()).isEqualTo("mvn-sep1-clb");
            assertSameValues(fe, source);
            assertThat(fe.metadata().units()).isEqualTo(source.metadata().units());
        }
    }

    @Test
    void cdfWhoseOnlyDataVariableIsNamedOtherwiseIsRead() throws IOException {
        Variable source = spectroFromAscii();
        Variable renamed = Variable.of(source.product(), "fe_flux", source.time().toArray(), source.values(),
                source.axes(), source.metadata());
        new IstpWriter(true).write(List.of(renamed), Map.of(), made.resolve("renamed.cdf"));
        getParameter = n -> Answer.json("{\"success\":true,\"dataFileURLs\":\"" + url("/made/renamed.cdf") + "\"}");

        try (AmdaProvider cdfFirst = new AmdaProvider(URI.create(url("/php/rest/")), QUICK)) {
            Variable fe = cdfFirst.fetch("mvn-sep1-clb", List.of("mav_sep1_fe"), RANGE, FetchContext.UNWATCHED).getFirst();

            assertThat(fe.name()).isEqualTo("mav_sep1_fe");
            assertSameValues(fe, source);
            assertThat(parameterCalls).hasValue(1);
        }
    }

    @Test
    void cdfRefusedFallsBackToAscii() throws IOException {
        getParameter = n -> parameterQueries.get(n - 1).get("outputFormat").equals("CDF_ISTP")
                ? Answer.json("{\"success\":false,\"message\":\"CDF output is not available\"}")
                : Answer.json("{\"success\":true,\"dataFileURLs\":\"" + url("/files/amda_sample_spectro.txt") + "\"}");

        try (AmdaProvider cdfFirst = new AmdaProvider(URI.create(url("/php/rest/")), QUICK)) {
            Variable fe = cdfFirst.fetch("mvn-sep1-clb", List.of("mav_sep1_fe"), RANGE, FetchContext.UNWATCHED).getFirst();

            assertThat(parameterQueries).extracting(q -> q.get("outputFormat")).containsExactly("CDF_ISTP", "ASCII");
            assertThat(parameterQueries.get(1)).containsEntry("parameterID", "mav_sep1_fe")
                    .containsEntry("startTime", "2015-10-18T00:01:17").containsEntry("stopTime", "2015-10-18T00:07:05");
            assertSameValues(fe, spectroFromAscii());
        }
    }

    @Test
    void fileThatIsNotACdfFallsBackToAscii() throws IOException {
        // Both answers name the ASCII file: read as a CDF it is refused, then read as what it is.
        getParameter = n -> Answer.json("{\"success\":true,\"dataFileURLs\":\"" + url("/files/amda_sample_spectro.txt")
                + "\"}");

        try (AmdaProvider cdfFirst = new AmdaProvider(URI.create(url("/php/rest/")), QUICK)) {
            Variable fe = cdfFirst.fetch("mvn-sep1-clb", List.of("mav_sep1_fe"), RANGE, FetchContext.UNWATCHED).getFirst();

            assertThat(parameterQueries).extracting(q -> q.get("outputFormat")).containsExactly("CDF_ISTP", "ASCII");
            assertSameValues(fe, spectroFromAscii());
        }
    }

    @Test
    void anAmdaThatDoesNotAnswerIsNotAskedAgainInAscii() {
        String root = url("/php/rest/");
        server.stop(0);
        try (AmdaProvider cdfFirst = new AmdaProvider(URI.create(root), QUICK)) {
            assertThatThrownBy(() -> cdfFirst.fetch("ds", List.of("imf"), RANGE, FetchContext.UNWATCHED))
                    .isInstanceOf(IOException.class).hasMessageContaining("cannot connect")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("asked as ASCII"));
        }
    }

    @Test
    void failingBothWaysNamesBothCauses() {
        getParameter = n -> parameterQueries.get(n - 1).get("outputFormat").equals("CDF_ISTP")
                ? Answer.json("{\"success\":false,\"message\":\"CDF output is not available\"}")
                : Answer.json("{\"success\":false,\"message\":\"Unknown parameter: nope\"}");

        try (AmdaProvider cdfFirst = new AmdaProvider(URI.create(url("/php/rest/")), QUICK)) {
            assertThatThrownBy(() -> cdfFirst.fetch("ds", List.of("nope"), RANGE, FetchContext.UNWATCHED))
                    .isInstanceOf(IOException.class)
                    .hasMessage("amda: parameter nope over 2015-10-18T00:01:17/2015-10-18T00:07:05: AMDA refused: "
                            + "Unknown parameter: nope (asked as ASCII after CDF_ISTP failed: AMDA refused: "
                            + "CDF output is not available)");
        }
    }

    @Test
    void timeTablesAreReadFromTheListWhoseUrlTheServiceGives() throws IOException {
        services.put("getTimeTablesList.php", q -> Answer.json("<TimeTables>" + url("/fixtures/timeTablesList.xml")
                + "</TimeTables>"));

        List<AmdaTimeTableInfo> tables = amda.timeTables();

        assertThat(tables).extracting(AmdaTimeTableInfo::id)
                .containsExactly("sharedtimeTable_0", "sharedtimeTable_139", "sharedtimeTable_150");
        AmdaTimeTableInfo burst = tables.get(1);
        assertThat(burst.name()).isEqualTo("MMS_Burst_Mode_2021July");
        assertThat(burst.description())
                .isEqualTo("Time intervals for which MMS burst mode data are available. source: http://mmsburst.sr.unh.edu/");
        assertThat(burst.contact()).isEqualTo("MMS_Burst_Mode_2021July");
        assertThat(burst.intervals()).hasValue(441);
        assertThat(burst.created()).hasValue(Tt2000.parse("2020-08-26T00:00:55Z"));
        assertThat(burst.modified()).as("AMDA's 1970 means never").isEmpty();
        assertThat(burst.survey()).contains(TimeRange.of("2021-07-01T00:03:43Z", "2021-07-25T13:51:53Z"));
        assertThat(burst.folder()).isEqualTo("MMS_BURST_MODE");
        AmdaTimeTableInfo nested = tables.get(2);
        assertThat(nested.folder()).isEqualTo("MMS_BURST_MODE/2022");
        assertThat(nested.modified()).hasValue(Tt2000.parse("2022-02-04T08:30:00Z"));
        assertThat(nested.survey()).isEmpty();
        assertThat(nested.description()).isEmpty();
        assertThat(tables.getFirst().folder()).isEmpty();
    }

    @Test
    void catalogsAreReadFromTheListNamedInJson() throws IOException {
        services.put("getCatalogsList.php", q -> Answer.json("{\"success\":true,\"CatalogsList\":\""
                + url("/fixtures/catalogsList.xml") + "\"}"));

        assertThat(amda.catalogs()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("sharedcatalog_22");
            assertThat(c.name()).isEqualTo("model_regions_plasmas_mms_2019");
            assertThat(c.contact()).isEqualTo("someone@example.org");
            assertThat(c.intervals()).hasValue(3);
            assertThat(c.created()).hasValue(Tt2000.parse("2020-06-15T09:12:44Z"));
            assertThat(c.modified()).isEmpty();
            assertThat(c.folder()).isEqualTo("MMS");
        });
    }

    @Test
    void timeTableHoldsTheIntervalsOfItsVotable() throws Exception {
        services.put("getTimeTable.php", q -> Answer.json(url("/fixtures/sharedtimeTable_0.xml")));

        CatalogDocument table = amda.timeTable("sharedtimeTable_0");

        assertThat(serviceRequests).extracting(URI::getQuery).containsExactly("ttID=sharedtimeTable_0");
        CatalogDocument direct = new AmdaVotableCodec().read(fixture("sharedtimeTable_0.xml"));
        assertThat(table.catalogues()).singleElement().extracting(CatalogueRecord::name).isEqualTo("FTE_c1");
        assertThat(intervals(table)).hasSize(4).isEqualTo(intervals(direct));
        assertThat(intervals(table).getFirst())
                .isEqualTo(TimeRange.of("2001-02-02T07:59:03Z", "2001-02-02T08:00:51Z"));
    }

    @Test
    void catalogHoldsTheEventsAndColumnsOfItsVotable() throws Exception {
        services.put("getCatalog.php", q -> Answer.json("{\"success\":true,\"dataFileURLs\":\""
                + url("/fixtures/sharedcatalog_22.xml") + "\"}"));

        CatalogDocument catalog = amda.catalog("sharedcatalog_22");

        assertThat(serviceRequests).extracting(URI::getQuery).containsExactly("catID=sharedcatalog_22");
        assertThat(intervals(catalog)).isEqualTo(intervals(new AmdaVotableCodec().read(fixture("sharedcatalog_22.xml"))));
        assertThat(catalog.events()).extracting(e -> e.attributes().get("Region"))
                .containsExactly(AttributeValue.integer(1), AttributeValue.integer(3), AttributeValue.integer(2));
        assertThat(catalog.catalogues().getFirst().author()).isEqualTo("someone@example.org");
    }

    @Test
    void listRefusedByAmdaNamesTheListAndTheMessage() {
        services.put("getTimeTablesList.php", q -> Answer.json("{\"success\":false,\"message\":\"Service unavailable\"}"));

        assertThatThrownBy(() -> amda.timeTables()).isInstanceOf(IOException.class)
                .hasMessage("amda: the list of time tables: AMDA refused: Service unavailable");
    }

    @Test
    void malformedListIsNamed() {
        services.put("getCatalogsList.php", q -> Answer.json(url("/fixtures/sharedtimeTable_0.xml").replace(
                "sharedtimeTable_0.xml", "truncated.xml")));
        server.createContext("/fixtures/truncated.xml", exchange -> send(exchange, 200,
                "<catalogList><catalog xml:id=\"c\" name=\"x\"".getBytes(StandardCharsets.UTF_8), 0));

        assertThatThrownBy(() -> amda.catalogs())
                .hasMessageStartingWith("amda: the list of catalogs: the list is malformed: ")
                .hasMessageContaining("truncated.xml")
                .hasMessageContaining("not well-formed");
    }

    @Test
    void listEntryWithABadCountIsNamed() {
        services.put("getTimeTablesList.php", q -> Answer.json(
                "<timeTableList><timeTable xml:id=\"tt_1\" name=\"x\" nbIntervals=\"many\"/></timeTableList>"));

        assertThatThrownBy(() -> amda.timeTables())
                .hasMessageStartingWith("amda: the list of time tables: the list is malformed: ")
                .hasMessageContaining("tt_1")
                .hasMessageContaining("nbIntervals 'many'");
    }

    @Test
    void serverErrorOnATimeTableNamesIt() {
        services.put("getTimeTable.php", q -> new Answer(500, "Fatal error: ttID unknown", 0));

        assertThatThrownBy(() -> amda.timeTable("sharedtimeTable_9"))
                .hasMessage("amda: time table sharedtimeTable_9: HTTP 500: Fatal error: ttID unknown (after 2 tries)");
    }

    @Test
    void malformedVotableIsNamed() {
        services.put("getCatalog.php", q -> Answer.json(url("/fixtures/timeTablesList.xml")));

        assertThatThrownBy(() -> amda.catalog("sharedcatalog_22"))
                .hasMessageStartingWith("amda: catalog sharedcatalog_22: the VOTable " + url("/fixtures/timeTablesList.xml")
                        + " is malformed: ");
    }

    @Test
    void answerNamingNoVotableIsNamed() {
        services.put("getTimeTable.php", q -> Answer.json("{\"success\":true,\"status\":\"done\"}"));

        assertThatThrownBy(() -> amda.timeTable("sharedtimeTable_0"))
                .hasMessageStartingWith("amda: time table sharedtimeTable_0: the answer of ")
                .hasMessageContaining("holds neither the VOTable nor its URL");
    }

    private static List<TimeRange> intervals(CatalogDocument document) {
        return document.events().stream().map(e -> new TimeRange(e.start(), e.stop())).toList();
    }

    /** The MAVEN SEP spectrogram of the shared data, as AMDA's ASCII output gives it. */
    private static Variable spectroFromAscii() throws IOException {
        DataSet data = new AmdaAsciiCodec().read(SharedData.file("services/amda/amda_sample_spectro.txt"));
        assertThat(data.variables()).hasSize(1);
        return data.variables().getFirst();
    }

    private static void assertSameValues(Variable actual, Variable expected) {
        assertThat(actual.records()).isEqualTo(expected.records()).isEqualTo(44);
        assertThat(actual.time().toArray()).isEqualTo(expected.time().toArray());
        assertThat(actual.values().shape()).isEqualTo(expected.values().shape());
        for (int r = 0; r < expected.records(); r++) {
            for (int e = 0; e < expected.values().recordSize(); e++) {
                assertThat(actual.values().get(r, e)).as("record %d element %d", r, e)
                        .isEqualTo(expected.values().get(r, e));
            }
        }
    }

    private static Path fixture(String name) {
        try {
            return Path.of(AmdaProviderTest.class.getResource("/amda/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test fixture amda/" + name, e);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private static void send(HttpExchange exchange, int status, byte[] body, long delayMillis) throws IOException {
        try (exchange) {
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to send to.
        }
    }
}
