package org.heliodeck.data.amda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.http.HttpSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmdaProviderTest {

    private static final HttpSettings QUICK = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(400), 2,
            Duration.ofMillis(10));
    private static final TimeRange RANGE = TimeRange.of("2015-10-18T00:01:17Z", "2015-10-18T00:07:04.5Z");

    private HttpServer server;
    private AmdaProvider amda;
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
        server.start();
        amda = new AmdaProvider(URI.create(url("/php/rest/")), QUICK);
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
