package org.heliodeck.data.cdaweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.assertj.core.api.AbstractThrowableAssert;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.IstpReader;
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

/** Against a loopback CDAS answering with the hand-written fixtures of {@code resources/cdaweb} (see its README). */
class CdaWebProviderTest {

    private static final HttpSettings QUICK = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(400), 2,
            Duration.ofMillis(10));
    private static final String ROOT = "/WS/cdasr/1/";
    private static final String DATASETS = ROOT + "dataviews/sp_phys/datasets";
    private static final String CDF = "cdf/ac_k2_mfi_20220101_v03.cdf";
    private static final String SUBJECT = "cdaweb: AC_K2_MFI over 20220101T000000Z/20220102T000000Z: ";
    private static final TimeRange DAY = TimeRange.of("2022-01-01T00:00:00Z", "2022-01-02T00:00:00Z");

    private HttpServer server;
    private CdaWebProvider cdaweb;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> accepts = new CopyOnWriteArrayList<>();
    /** How the data endpoint answers. */
    private volatile Function<String, Answer> data;

    private record Answer(int status, String body) {}

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(DATASETS, exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            asked.add(path.substring(DATASETS.length()) + (query == null ? "" : "?" + query));
            accepts.add(exchange.getRequestHeaders().getFirst("Accept"));
            Answer answer;
            if (path.equals(DATASETS)) {
                answer = new Answer(200, fixture("datasets.json"));
            } else if (path.equals(DATASETS + "/AC_K2_MFI/variables")) {
                answer = new Answer(200, fixture("variables-AC_K2_MFI.json"));
            } else if (path.contains("/data/")) {
                answer = data.apply(path);
            } else {
                answer = new Answer(404, "{\"Error\":[\"Unknown dataset\"]}");
            }
            send(exchange, answer.status(), answer.body().getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/tmp/", exchange -> send(exchange, 200, Files.readAllBytes(SharedData.file(CDF))));
        server.start();
        cdaweb = new CdaWebProvider(URI.create(url(ROOT)), QUICK);
    }

    @AfterEach
    void stop() {
        cdaweb.close();
        server.stop(0);
    }

    @Test
    void inventoryIsMissionInstrumentDatasetWithCdasMetadata() throws IOException {
        List<InventoryNode> nodes = cdaweb.inventory();

        assertThat(nodes).extracting(InventoryNode::path).containsExactly("ACE", "ACE/SWEPAM", "ACE/MAG", "Wind",
                "Wind/MFI", "ACE/SWEPAM/AC_H0_SWE", "ACE/MAG/AC_H2_MFI", "ACE/MAG/AC_K2_MFI", "Wind/MFI/WI_H2_MFI");
        assertThat(nodes).extracting(InventoryNode::kind).containsExactly(NodeKind.MISSION, NodeKind.INSTRUMENT,
                NodeKind.INSTRUMENT, NodeKind.MISSION, NodeKind.INSTRUMENT, NodeKind.DATASET, NodeKind.DATASET,
                NodeKind.DATASET, NodeKind.DATASET);
        assertThat(nodes).allSatisfy(n -> assertThat(n.provider()).isEqualTo("cdaweb"));
        assertThat(nodes).filteredOn(n -> n.kind() != NodeKind.DATASET).allSatisfy(n -> assertThat(n.id()).isEmpty());
        InventoryNode h2 = nodes.stream().filter(n -> n.id().equals("AC_H2_MFI")).findFirst().orElseThrow();
        assertThat(h2.description()).isEqualTo(
                "H2 - ACE Magnetic Field 1-Hour Level 2 Data - N. Ness (Bartol Research Institute)");
        assertThat(h2.coverage()).isEqualTo(TimeRange.of("1997-09-02T00:00:00Z", "2025-06-30T23:00:00Z"));
        assertThat(h2.cadence()).isNull();
        assertThat(h2.extra()).containsEntry("piName", "N. Ness")
                .containsEntry("piAffiliation", "Bartol Research Institute")
                .containsEntry("notes", "https://cdaweb.gsfc.nasa.gov/misc/NotesA.html#AC_H2_MFI")
                .containsEntry("doi", "10.48322/fh85-fj47")
                .containsEntry("spaseId", "spase://NASA/NumericalData/ACE/MAG/L2/PT1H")
                .containsEntry("instrumentTypes", "Magnetic Fields (space)");
        assertThat(nodes.stream().filter(n -> n.id().equals("AC_K2_MFI")).findFirst().orElseThrow().extra())
                .doesNotContainKeys("doi", "spaseId");
        assertThat(asked).containsExactly("");
        assertThat(accepts).containsOnly("application/json");
    }

    @Test
    void parametersOfADatasetAreAskedOnDemand() throws IOException {
        InventoryNode k2 = cdaweb.inventory().stream().filter(n -> n.id().equals("AC_K2_MFI")).findFirst().orElseThrow();

        List<InventoryNode> parameters = cdaweb.parameters(k2);

        assertThat(parameters).extracting(InventoryNode::path).containsExactly("ACE/MAG/AC_K2_MFI/Magnitude",
                "ACE/MAG/AC_K2_MFI/BGSEc");
        assertThat(parameters).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(NodeKind.PARAMETER);
            assertThat(p.coverage()).isEqualTo(k2.coverage());
        });
        assertThat(parameters.get(1).description()).isEqualTo("Magnetic Field, Cartesian GSE coord");
        assertThat(cdaweb.variables("AC_K2_MFI")).extracting(CdasVariable::name).containsExactly("Magnitude", "BGSEc");
        assertThat(asked).containsExactly("", "/AC_K2_MFI/variables", "/AC_K2_MFI/variables");
    }

    @Test
    void fetchReadsTheGeneratedCdfAsIstpReaderReadsItDirectly() throws IOException {
        data = path -> generated();
        AtomicLong bytes = new AtomicLong();

        List<Variable> fetched = cdaweb.fetch("AC_K2_MFI", List.of("Magnitude", "BGSEc"), DAY,
                new FetchContext(() -> false, bytes::addAndGet));

        assertThat(asked).containsExactly(
                "/AC_K2_MFI/data/20220101T000000Z,20220102T000000Z/Magnitude,BGSEc?format=cdf");
        assertThat(accepts).containsOnly("application/json");
        assertThat(fetched).extracting(Variable::name).containsExactly("Magnitude", "BGSEc");
        assertThat(fetched).allSatisfy(v -> assertThat(v.product()).isEqualTo("AC_K2_MFI"));
        assertThat(bytes.get()).isGreaterThanOrEqualTo(Files.size(SharedData.file(CDF)));
        try (CdfFile cdf = CdfFile.open(SharedData.file(CDF))) {
            IstpReader direct = new IstpReader(cdf);
            Variable magnitude = fetched.getFirst();
            assertThat(magnitude.records()).isEqualTo(24);
            assertThat(magnitude.time()).isEqualTo(direct.read("Magnitude").time());
            assertThat(magnitude.values()).isEqualTo(direct.read("Magnitude").values());
            assertThat(magnitude.values().get(0, 0)).isEqualTo(8.348999977111816);
            assertThat(fetched.get(1).values()).isEqualTo(direct.read("BGSEc").values());
            assertThat(fetched.get(1).metadata().componentLabels()).containsExactly("Bx GSE", "By GSE", "Bz GSE");
        }
    }

    @Test
    void fetchKeepsTheRangeAskedAndRoundsTheStopUpToAWholeSecond() throws IOException {
        data = path -> generated();
        TimeRange range = TimeRange.of("2022-01-01T05:30:00Z", "2022-01-01T09:00:00.5Z");

        Variable magnitude = cdaweb.fetch("AC_K2_MFI", List.of("Magnitude"), range, FetchContext.UNWATCHED).getFirst();

        assertThat(asked).containsExactly("/AC_K2_MFI/data/20220101T053000Z,20220101T090001Z/Magnitude?format=cdf");
        assertThat(magnitude.records()).isEqualTo(4);
        assertThat(magnitude.time().get(0)).isEqualTo(Tt2000.parse("2022-01-01T06:00:00Z"));
        assertThat(magnitude.time().get(3)).isEqualTo(Tt2000.parse("2022-01-01T09:00:00Z"));
    }

    @Test
    void severalGeneratedFilesAreMergedIntoOneVariable() throws IOException {
        String one = generated().body();
        String file = one.substring(one.indexOf('[') + 1, one.lastIndexOf(']'));
        data = path -> new Answer(200, "{\"FileDescription\":[" + file + "," + file.replace("wsB2nq3F", "wsSecond")
                + "]}");

        List<Variable> fetched = cdaweb.fetch("AC_K2_MFI", List.of("Magnitude"), DAY, FetchContext.UNWATCHED);

        // The same day twice: merged, each time kept once.
        assertThat(fetched).hasSize(1);
        assertThat(fetched.getFirst().records()).isEqualTo(24);
    }

    @Test
    void noDataAvailableIsAnEmptyResult() throws IOException {
        data = path -> new Answer(404, fixture("no-data.json"));

        assertThat(cdaweb.fetch("AC_K2_MFI", List.of("Magnitude"), DAY, FetchContext.UNWATCHED)).isEmpty();
    }

    @Test
    void anAnswerWithoutFilesOrErrorsIsEmptyToo() throws IOException {
        data = path -> new Answer(200, "{}");

        assertThat(cdaweb.fetch("AC_K2_MFI", List.of("Magnitude"), DAY, FetchContext.UNWATCHED)).isEmpty();
    }

    @Test
    void cdasErrorNamesDatasetRangeAndCause() {
        fetchFails("NotAVariable", new Answer(200, fixture("error.json")))
                .hasMessage(SUBJECT + "CDAS refused: Bad Request (Unknown variable name(s): NotAVariable)");
    }

    @Test
    void notFoundForAnotherReasonIsAnError() {
        fetchFails("Magnitude", new Answer(404, "{\"Error\":[\"Unknown dataset: AC_K2_MFI\"]}"))
                .hasMessage(SUBJECT + "HTTP 404: {\"Error\":[\"Unknown dataset: AC_K2_MFI\"]}");
    }

    @Test
    void serverErrorNamesDatasetRangeAndStatus() {
        fetchFails("Magnitude", new Answer(500, "Internal Server Error"))
                .hasMessage(SUBJECT + "HTTP 500: Internal Server Error (after 2 tries)");
    }

    @Test
    void malformedJsonNamesDatasetAndRange() {
        fetchFails("Magnitude", new Answer(200, "<html>Service Unavailable</html>"))
                .hasMessageStartingWith(SUBJECT).hasMessageContaining("not valid JSON");
    }

    @Test
    void aVariableMissingFromTheGeneratedFileIsNamed() {
        fetchFails("Bmag", generated())
                .hasMessageStartingWith(SUBJECT + "the generated file ").hasMessageContaining("no variable Bmag");
    }

    @Test
    void aGeneratedFileThatIsNoCdfIsNamed() {
        server.removeContext("/tmp/");
        server.createContext("/tmp/", exchange -> send(exchange, 200,
                "<html>the file has expired</html>".getBytes(StandardCharsets.UTF_8)));

        fetchFails("Magnitude", generated())
                .hasMessageStartingWith(SUBJECT + "the generated file " + url("/tmp/"))
                .hasMessageContaining("is not a readable CDF");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> fetchFails(String parameter, Answer answer) {
        data = path -> answer;
        return assertThatThrownBy(() -> cdaweb.fetch("AC_K2_MFI", List.of(parameter), DAY, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class);
    }

    @Test
    void inventoryFailureNamesTheDatasetList() throws IOException {
        try (CdaWebProvider nowhere = new CdaWebProvider(URI.create(url("/elsewhere/")), QUICK)) {
            assertThatThrownBy(nowhere::inventory).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cdaweb: the dataset list: HTTP 404");
        }
    }

    @Test
    void cancelledFetchAsksNothing() {
        data = path -> new Answer(200, "{}");

        assertThatThrownBy(() -> cdaweb.fetch("AC_K2_MFI", List.of("Magnitude"), DAY,
                new FetchContext(() -> true, b -> { }))).isInstanceOf(CancellationException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void fetchCancelledAfterTheDataRequestDownloadsNothing() {
        data = path -> generated();
        List<String> files = new CopyOnWriteArrayList<>();
        server.removeContext("/tmp/");
        server.createContext("/tmp/", exchange -> {
            files.add(exchange.getRequestURI().getPath());
            send(exchange, 200, new byte[0]);
        });

        assertThatThrownBy(() -> cdaweb.fetch("AC_K2_MFI", List.of("Magnitude"), DAY,
                new FetchContext(() -> !asked.isEmpty(), b -> { }))).isInstanceOf(CancellationException.class);
        assertThat(files).isEmpty();
    }

    /** The data answer naming the real CDF as the file CDAS generated. */
    private Answer generated() {
        return new Answer(200, fixture("data-AC_K2_MFI.json").replace("{base}", url("")));
    }

    private static String fixture(String name) {
        try (InputStream in = CdaWebProviderTest.class.getResourceAsStream("/cdaweb/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", status == 200 && body.length > 0 && body[0] != '{'
                ? "application/x-cdf" : "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
