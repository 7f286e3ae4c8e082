package org.heliodeck.data.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.heliodeck.data.archive.PatternArchiveTest.assertSameData;
import static org.heliodeck.data.archive.PatternArchiveTest.magOf;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.http.HttpSettings;
import org.heliodeck.formats.cdf.CdfCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A described archive whose root is a web server listing its folders as Apache-style index pages. */
class RemotePatternArchiveTest {

    private static final HttpSettings QUICK = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 2,
            Duration.ofMillis(10));
    private static final String MAG = "psp_fld_l2_mag_RTN_1min";
    private static final String DAY4 = "/psp/2020/" + ArchiveTrees.PSP + "_20200104_v02.cdf";
    private static final String DAY6 = "/psp/2020/" + ArchiveTrees.PSP + "_20200106_v01.cdf";
    private static final String DAY7 = "/psp/2020/" + ArchiveTrees.PSP + "_20200107_v01.cdf";

    @TempDir
    Path served;
    @TempDir
    Path local;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** Paths answered with this status instead of their file. */
    private final Map<String, Integer> failing = new ConcurrentHashMap<>();
    private LocalArchive archive;

    @BeforeEach
    void start() throws IOException {
        ArchiveTrees.pspTree(served.resolve("psp"));
        // Listed in the index but gone from the server: a stale index.
        Files.writeString(served.resolve("psp/2020/" + ArchiveTrees.PSP + "_20200103_v01.cdf"), "listed, answered 404");
        failing.put("/psp/2020/" + ArchiveTrees.PSP + "_20200103_v01.cdf", 404);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
        ArchiveTrees.describe(local, Map.of("name", "psp-remote", "root", "http://127.0.0.1:" + server.getAddress().getPort()
                + "/psp", "dataset", "psp_mag", "pattern", ArchiveTrees.PATTERN, "format", "cdf"));
        archive = LocalArchive.open("psp-remote", local, QUICK);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        Integer status = failing.get(path);
        Path target = served.resolve(path.substring(1));
        if (status != null) {
            send(exchange, status, ("<h1>" + status + "</h1>").getBytes(StandardCharsets.UTF_8));
        } else if (Files.isDirectory(target)) {
            send(exchange, 200, index(path, target).getBytes(StandardCharsets.UTF_8));
        } else if (Files.isRegularFile(target)) {
            send(exchange, 200, Files.readAllBytes(target));
        } else {
            send(exchange, 404, "Not Found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An index page as Apache's mod_autoindex writes it: sort links, the parent, then relative links. */
    private static String index(String path, Path directory) throws IOException {
        StringBuilder html = new StringBuilder("<html><head><title>Index of " + path + "</title></head><body><h1>Index of "
                + path + "</h1><pre><a href=\"?C=N;O=D\">Name</a> <a href=\"?C=M;O=A\">Last modified</a><hr>"
                + "<a href=\"/\">Parent Directory</a>\n");
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path e : entries.sorted().toList()) {
                String name = e.getFileName() + (Files.isDirectory(e) ? "/" : "");
                html.append("<a href=\"").append(name).append("\">").append(name).append("</a>  2020-01-08 12:00  70K\n");
            }
        }
        return html.append("</pre></body></html>").toString();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private long requestsOf(String path) {
        return requests.stream().filter(path::equals).count();
    }

    @Test
    void valuesAreThoseOfTheHighestVersionOfEachDayListedOnceAFetch() throws IOException {
        assertThat(archive.isRemote()).isTrue();
        long[] bytes = {0};
        TimeRange range = TimeRange.of("2020-01-04T06", "2020-01-04T18");
        Variable got = archive.fetch("psp_mag", List.of(MAG), range, new FetchContext(() -> false, b -> bytes[0] += b))
                .getFirst();
        assertSameData(got, magOf(ArchiveTrees.pspDay4()).slice(range));
        assertThat(bytes[0]).isGreaterThanOrEqualTo(Files.size(ArchiveTrees.pspDay4()));
        assertThat(requests).doesNotContain("/psp/2020/" + ArchiveTrees.PSP + "_20200104_v01.cdf");
        assertThat(archive.version("psp_mag")).contains("02");

        requests.clear();
        Variable twoDays = archive.fetch("psp_mag", List.of(MAG), TimeRange.of("2020-01-06", "2020-01-08"),
                FetchContext.UNWATCHED).getFirst();
        Variable day6 = magOf(served.resolve(DAY6.substring(1)));
        assertThat(twoDays.records()).isEqualTo(2 * day6.records());
        assertSameData(twoDays.slice(TimeRange.of("2020-01-06", "2020-01-07")), day6);
        assertThat(requestsOf("/psp/2020/")).isEqualTo(1);
    }

    @Test
    void theInventoryComesFromTheIndexPagesAndTheLastFile() throws IOException {
        assertThat(archive.version("psp_mag")).isEmpty();
        List<InventoryNode> nodes = archive.inventory();
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.DATASET).singleElement().extracting(InventoryNode::coverage)
                .isEqualTo(TimeRange.of("2020-01-03", "2020-01-08"));
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.PARAMETER).extracting(InventoryNode::id)
                .containsExactlyElementsOf(new CdfCodec().read(served.resolve(DAY7.substring(1))).variables().stream()
                        .map(Variable::name).toList());
        assertThat(requestsOf(DAY7)).isEqualTo(1);
        assertThat(archive.version("psp_mag")).contains("01");
    }

    @Test
    void aFileAnswered404IsAGap() throws IOException {
        assertThat(archive.fetch("psp_mag", List.of(MAG), TimeRange.of("2020-01-03", "2020-01-04"), FetchContext.UNWATCHED))
                .isEmpty();
        assertThat(requestsOf("/psp/2020/" + ArchiveTrees.PSP + "_20200103_v01.cdf")).isEqualTo(1);
        failing.put(DAY6, 404);
        Variable got = archive.fetch("psp_mag", List.of(MAG), TimeRange.of("2020-01-05", "2020-01-08"), FetchContext.UNWATCHED)
                .getFirst();
        assertSameData(got, magOf(served.resolve(DAY7.substring(1))));
    }

    @Test
    void aServerErrorIsAnIOExceptionNamingDatasetRangeAndCause() {
        failing.put(DAY6, 500);
        TimeRange range = TimeRange.of("2020-01-06", "2020-01-08");
        assertThatThrownBy(() -> archive.fetch("psp_mag", List.of(MAG), range, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class).hasMessageContaining("dataset psp_mag").hasMessageContaining(range.toString())
                .hasMessageContaining("HTTP 500").hasMessageContaining(DAY6);
        assertThat(requestsOf(DAY6)).isEqualTo(QUICK.attempts());
    }

    @Test
    void aCancelledFetchStopsAfterTheFileItIsReading() {
        long[] bytes = {0};
        FetchContext cancelledOnceBytesCame = new FetchContext(() -> bytes[0] > 0, b -> bytes[0] += b);
        assertThatThrownBy(() -> archive.fetch("psp_mag", List.of(MAG), TimeRange.of("2020-01-06", "2020-01-08"),
                cancelledOnceBytesCame)).isInstanceOf(CancellationException.class);
        assertThat(requests).doesNotContain(DAY7);
    }

    @Test
    void indexLinksAreNamesDirectlyBelowTheFolder() {
        URI folder = URI.create("http://host/data/2020/");
        String page = "<a href=\"?C=N;O=D\">Name</a><a href=\"/data/\">Parent</a><a href=\"a_v01.cdf\">a</a>"
                + "<A HREF='/data/2020/b_v02.cdf'>b</A><a href=\"sub/\">sub</a><a href=\"sub/c.cdf\">c</a>"
                + "<a href=\"http://elsewhere/data/2020/d.cdf\">d</a><a href=\"e%20f.cdf\">e f</a>";
        assertThat(HttpTree.linkedNames(folder, page)).containsExactly("a_v01.cdf", "b_v02.cdf", "e f.cdf", "sub/");
    }
}
