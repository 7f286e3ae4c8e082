package org.heliodeck.data.csa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.IstpReader;
import org.heliodeck.cdf.IstpWriter;
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
import org.junit.jupiter.api.io.TempDir;

class CsaProviderTest {

    private static final HttpSettings QUICK = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 2,
            Duration.ofMillis(10));
    private static final String K2 = "cdf/ac_k2_mfi_20220101_v03.cdf";
    /** Within the day of the K2 file, ending on a partial second. */
    private static final TimeRange RANGE = TimeRange.of("2022-01-01T03:00:00Z", "2022-01-01T10:30:30.5Z");
    private static final String DATASET = "C1_CP_FGM_SPIN";

    private HttpServer server;
    private CsaProvider csa;
    private final List<Map<String, String>> dataQueries = new CopyOnWriteArrayList<>();
    private final List<String> tapQueries = new CopyOnWriteArrayList<>();
    /** What the data endpoint answers. */
    private volatile Function<Map<String, String>, Answer> data;
    /** The fixture that answers a TAP query, by the view it names. */
    private volatile Function<String, String> tap = adql -> adql.contains("v_dataset") ? "datasets.xml" : "parameters.xml";

    private record Answer(int status, byte[] body, int stallAfter) {
        static Answer ok(byte[] body) {
            return new Answer(200, body, -1);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/csa-sl-tap/tap/sync", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI());
            tapQueries.add(query.get("QUERY"));
            boolean wellFormed = query.get("REQUEST").equals("doQuery") && query.get("LANG").equals("ADQL")
                    && query.get("FORMAT").equals("votable_plain");
            try (InputStream fixture = CsaProviderTest.class.getResourceAsStream("/csa/" + tap.apply(query.get("QUERY")))) {
                send(exchange, wellFormed ? Answer.ok(Objects.requireNonNull(fixture).readAllBytes())
                        : new Answer(400, "bad request".getBytes(StandardCharsets.UTF_8), -1));
            }
        });
        server.createContext("/csa-sl-tap/data", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI());
            dataQueries.add(query);
            send(exchange, data.apply(query));
        });
        server.start();
        csa = new CsaProvider(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/csa-sl-tap"), QUICK);
    }

    @AfterEach
    void stop() {
        csa.close();
        server.stop(0);
    }

    @Test
    void inventoryIsATreeOfMissionsObservatoriesInstrumentsDatasetsAndParameters() throws IOException {
        List<InventoryNode> nodes = csa.inventory();

        assertThat(tapQueries).containsExactly(CsaProvider.DATASETS_QUERY, CsaProvider.PARAMETERS_QUERY);
        assertThat(nodes).allSatisfy(n -> assertThat(n.provider()).isEqualTo("csa"));
        Map<String, InventoryNode> byPath = nodes.stream().collect(Collectors.toMap(InventoryNode::path, n -> n));
        assertThat(nodes).allSatisfy(n -> {
            if (n.kind() != NodeKind.PROVIDER) {
                assertThat(byPath).containsKey(n.parentPath());
            }
        });
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.MISSION).extracting(InventoryNode::path)
                .containsExactly("CLUSTER", "CLUSTER/C1", "CLUSTER/C3", "DOUBLE STAR", "DOUBLE STAR/D2",
                        "CLUSTER/MULTIPLE");
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.INSTRUMENT).extracting(InventoryNode::path)
                .containsExactly("CLUSTER/C1/FGM", "CLUSTER/C3/FGM", "CLUSTER/C1/CIS", "DOUBLE STAR/D2/FGM",
                        "CLUSTER/MULTIPLE/AUX");
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.DATASET).extracting(InventoryNode::id)
                .containsExactly("C1_CP_FGM_SPIN", "C3_CP_FGM_SPIN", "C1_CP_CIS-HIA_ONBOARD_MOMENTS", "D2_CP_FGM_SPIN",
                        "CL_SP_AUX");

        InventoryNode fgm = byPath.get("CLUSTER/C1/FGM/C1_CP_FGM_SPIN");
        TimeRange coverage = TimeRange.of("2000-08-22T00:00:00Z", "2024-09-08T00:00:00Z");
        assertThat(fgm.kind()).isEqualTo(NodeKind.DATASET);
        assertThat(fgm.cadence()).isEqualTo(Duration.ofSeconds(4));
        assertThat(fgm.coverage()).isEqualTo(coverage);
        assertThat(fgm.description()).startsWith("Magnetic field vector at spin resolution (4 s)");
        assertThat(fgm.extra()).containsEntry("title", "Magnetic Field Vector, spin resolution in GSE")
                .containsEntry("date_last_update", "2024-11-12T10:21:00Z");
        assertThat(byPath.get("CLUSTER/C1/CIS/C1_CP_CIS-HIA_ONBOARD_MOMENTS").description())
                .isEqualTo("Ion moments, onboard, HIA");
        assertThat(byPath.get("CLUSTER/MULTIPLE/AUX/CL_SP_AUX").cadence()).isEqualTo(Duration.ofMinutes(1));

        InventoryNode b = byPath.get("CLUSTER/C1/FGM/C1_CP_FGM_SPIN/B_vec_xyz_gse__C1_CP_FGM_SPIN");
        assertThat(b.kind()).isEqualTo(NodeKind.PARAMETER);
        assertThat(b.id()).isEqualTo("B_vec_xyz_gse__C1_CP_FGM_SPIN");
        assertThat(b.name()).isEqualTo("Magnetic Field");
        assertThat(b.units()).isEqualTo("nT");
        assertThat(b.coordinateSystem()).isEqualTo("GSE");
        assertThat(b.cadence()).isEqualTo(Duration.ofSeconds(4));
        assertThat(b.coverage()).isEqualTo(coverage);
        assertThat(b.extra()).containsEntry("fill_value", "-1.0E31");
        assertThat(nodes).filteredOn(n -> n.parentPath().equals(fgm.path())).extracting(InventoryNode::id)
                .containsExactly("B_vec_xyz_gse__C1_CP_FGM_SPIN", "B_mag__C1_CP_FGM_SPIN", "sc_pos_xyz_gse__C1_CP_FGM_SPIN");
        // A parameter whose dataset the first query did not list (not ISTP) is left out.
        assertThat(nodes).noneMatch(n -> n.id().contains("EFW"));
    }

    @Test
    void tapErrorAnswerIsNamed() {
        tap = adql -> "error.xml";

        assertThatThrownBy(csa::inventory).isInstanceOf(IOException.class)
                .hasMessageStartingWith("csa: the datasets (csa.v_dataset): ")
                .hasMessageContaining("ERROR: Cannot parse query: unknown column 'value_typ'");
    }

    @Test
    void fetchAsksForAnIstpCdfPackageAndReadsItsFile() throws IOException {
        byte[] tgz = TestTar.tgz(List.of(new TestTar.File("CSA_Download_20260101/README.txt", ascii("caveats")),
                cdf(K2, "CSA_Download_20260101/C1_CP_FGM_SPIN/C1_CP_FGM_SPIN__20220101_000000_20220102_000000_V01.cdf")));
        data = q -> Answer.ok(tgz);
        AtomicLong bytes = new AtomicLong();

        List<Variable> variables = csa.fetch(DATASET, List.of("Magnitude", "BGSEc"), RANGE,
                new FetchContext(() -> false, bytes::addAndGet));

        assertThat(dataQueries).containsExactly(Map.of("RETRIEVAL_TYPE", "product", "DATASET_ID", DATASET,
                "START_DATE", "2022-01-01T03:00:00Z", "END_DATE", "2022-01-01T10:30:31Z",
                "DELIVERY_FORMAT", "CDF_ISTP", "DELIVERY_INTERVAL", "all"));
        assertThat(bytes).hasValue(tgz.length);
        assertThat(variables).extracting(Variable::name).containsExactly("Magnitude", "BGSEc");
        for (Variable v : variables) {
            Variable direct = direct(K2, v.name(), RANGE);
            assertThat(v.product()).isEqualTo(DATASET);
            assertThat(v.records()).isEqualTo(8); // hourly records 03:30 … 10:30
            assertThat(v.time()).isEqualTo(direct.time());
            assertThat(v.values()).isEqualTo(direct.values());
            assertThat(v.metadata()).isEqualTo(direct.metadata());
        }
        assertThat(variables.get(1).values().get(0, 0)).isEqualTo(direct(K2, "BGSEc", RANGE).values().get(0, 0));
    }

    @Test
    void withoutParametersEveryDataVariableIsRead() throws IOException {
        data = q -> Answer.ok(TestTar.tgz(List.of(cdf(K2, "k2.cdf"))));

        List<Variable> variables = csa.fetch(DATASET, List.of(), RANGE, FetchContext.UNWATCHED);

        assertThat(variables).extracting(Variable::name).contains("Magnitude", "BGSEc");
    }

    @Test
    void filesOfAPackageAreJoinedInTimeOrder(@TempDir Path temp) throws IOException {
        // The second day: the K2 file's variables a day later, written by IstpWriter as a CDF of its own.
        Variable magnitude = direct(K2, "Magnitude", null);
        Variable bgse = direct(K2, "BGSEc", null);
        long day = Duration.ofDays(1).toNanos();
        Path nextDay = temp.resolve("next.cdf");
        new IstpWriter(false).write(List.of(later(magnitude, day), later(bgse, day)),
                Map.of("Logical_source", "ac_k2_mfi"), nextDay);
        // The later file first: the order of the package is not the order of time.
        data = q -> Answer.ok(TestTar.tgz(List.of(new TestTar.File("b.cdf", bytes(nextDay)), cdf(K2, "a.cdf"))));

        List<Variable> joined = csa.fetch(DATASET, List.of("Magnitude", "BGSEc"),
                TimeRange.of("2022-01-01T00:00:00Z", "2022-01-03T00:00:00Z"), FetchContext.UNWATCHED);

        int n = magnitude.records();
        assertThat(n).isEqualTo(24);
        for (Variable v : joined) {
            Variable original = v.name().equals("Magnitude") ? magnitude : bgse;
            assertThat(v.records()).isEqualTo(2 * n);
            for (int i = 0; i < 2 * n; i++) {
                assertThat(v.time().get(i)).isEqualTo(original.time().get(i % n) + (i < n ? 0 : day));
                for (int c = 0; c < original.values().recordSize(); c++) {
                    assertThat(v.values().get(i, c)).isEqualTo(original.values().get(i % n, c));
                }
            }
        }
    }

    private static Variable later(Variable v, long shift) {
        long[] times = v.time().toArray();
        for (int i = 0; i < times.length; i++) {
            times[i] += shift;
        }
        return Variable.of(v.product(), v.name(), times, v.values(), v.axes(), v.metadata());
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noDataIsAnEmptyResult() throws IOException {
        for (byte[] answer : List.of(new byte[0], TestTar.tgz(List.of(new TestTar.File("README.txt", ascii("x")))),
                TestTar.gzip(new TestTar(TestTar.LongNames.GNU).finish()),
                ascii("No data found for the requested dataset and time interval"))) {
            data = q -> Answer.ok(answer);

            assertThat(csa.fetch(DATASET, List.of("Magnitude"), RANGE, FetchContext.UNWATCHED)).isEmpty();
        }
    }

    @Test
    void serverErrorNamesDatasetRangeAndStatus() {
        data = q -> new Answer(500, ascii("Internal Server Error"), -1);

        assertThatThrownBy(() -> csa.fetch(DATASET, List.of("Magnitude"), RANGE, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("csa: C1_CP_FGM_SPIN over 2022-01-01T03:00:00Z/2022-01-01T10:30:31Z: ")
                .hasMessageContaining("HTTP 500: Internal Server Error (after 2 tries)");
        assertThat(dataQueries).hasSize(2);
    }

    @Test
    void truncatedPackageIsAnError() throws IOException {
        byte[] tgz = TestTar.tgz(List.of(cdf(K2, "k2.cdf")));
        data = q -> Answer.ok(Arrays.copyOf(tgz, tgz.length / 2));

        assertThatThrownBy(() -> csa.fetch(DATASET, List.of("Magnitude"), RANGE, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("csa: C1_CP_FGM_SPIN over 2022-01-01T03:00:00Z/2022-01-01T10:30:31Z: ")
                .hasMessageContaining("truncated");
    }

    @Test
    void anErrorPageIsNotAPackage() {
        data = q -> Answer.ok(ascii("<html><head><title>Error</title></head>\n<body>Dataset unknown</body></html>"));

        assertThatThrownBy(() -> csa.fetch(DATASET, List.of("Magnitude"), RANGE, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("csa: C1_CP_FGM_SPIN over ")
                .hasMessageContaining("not a gzip'ed tar package but: <html><head><title>Error</title></head>");
    }

    @Test
    void gzipThatHoldsNoTarIsNamed() {
        data = q -> Answer.ok(TestTar.gzip(ascii("plain text, gzip'ed\n".repeat(40))));

        assertThatThrownBy(() -> csa.fetch(DATASET, List.of("Magnitude"), RANGE, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("csa: C1_CP_FGM_SPIN over ")
                .hasMessageContaining("not a tar archive");
    }

    @Test
    void unreadableCdfInThePackageIsNamed() {
        data = q -> Answer.ok(TestTar.tgz(List.of(cdf(K2, "a.cdf"), new TestTar.File("b.cdf", ascii("not a CDF at all")))));

        assertThatThrownBy(() -> csa.fetch(DATASET, List.of("Magnitude"), RANGE, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("csa: C1_CP_FGM_SPIN over ")
                .hasMessageContaining("the CDF file 2 of 2 in the package cannot be opened");
    }

    @Test
    void unknownParameterNamesWhatThereIs() {
        data = q -> Answer.ok(TestTar.tgz(List.of(cdf(K2, "k2.cdf"))));

        assertThatThrownBy(() -> csa.fetch(DATASET, List.of("B_vec_xyz_gse__C1_CP_FGM_SPIN"), RANGE,
                FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("csa: C1_CP_FGM_SPIN over ")
                .hasMessageContaining("no parameter B_vec_xyz_gse__C1_CP_FGM_SPIN in the CDF file 1 of 1")
                .hasMessageContaining("Magnitude");
    }

    @Test
    void cancelledFetchAsksNothing() {
        data = q -> Answer.ok(new byte[0]);

        assertThatThrownBy(() -> csa.fetch(DATASET, List.of("Magnitude"), RANGE, new FetchContext(() -> true, b -> { })))
                .isInstanceOf(CancellationException.class);
        assertThat(dataQueries).isEmpty();
    }

    @Test
    void fetchCancelledWhileThePackageArrivesStopsAtOnce() {
        byte[] tgz = TestTar.tgz(List.of(cdf(K2, "k2.cdf")));
        data = q -> new Answer(200, tgz, tgz.length / 3);
        AtomicBoolean cancelled = new AtomicBoolean();

        long began = System.nanoTime();
        assertThatThrownBy(() -> csa.fetch(DATASET, List.of("Magnitude"), RANGE,
                new FetchContext(cancelled::get, b -> cancelled.set(true))))
                .isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void emptyRangeIsRefusedWithoutAsking() {
        TimeRange empty = new TimeRange(RANGE.start(), RANGE.start());

        assertThatThrownBy(() -> csa.fetch(DATASET, List.of("Magnitude"), empty, FetchContext.UNWATCHED))
                .hasMessageContaining("the range is empty");
        assertThat(dataQueries).isEmpty();
    }

    private static Variable direct(String file, String name, TimeRange range) throws IOException {
        try (CdfFile cdf = CdfFile.open(SharedData.file(file))) {
            return new IstpReader(cdf, w -> { }).read(name, range);
        }
    }

    private static TestTar.File cdf(String shared, String name) {
        return new TestTar.File(name, bytes(SharedData.file(shared)));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    /** The answer, or its first {@code stallAfter} bytes and then nothing for 3 s before the rest. */
    private static void send(HttpExchange exchange, Answer answer) {
        try (exchange) {
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            OutputStream out = exchange.getResponseBody();
            if (answer.stallAfter() >= 0) {
                out.write(answer.body(), 0, answer.stallAfter());
                out.flush();
                Thread.sleep(3_000);
                out.write(answer.body(), answer.stallAfter(), answer.body().length - answer.stallAfter());
            } else {
                out.write(answer.body());
            }
        } catch (IOException e) {
            // The client gave up (a cancellation test): nothing to send to.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
