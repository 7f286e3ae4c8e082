package org.heliodeck.data.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.cache.CacheKey;
import org.heliodeck.data.cache.CacheMode;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.cache.Lookup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The faults of the issue at the level a user meets them, a {@code get} through the cache: each ends
 * in a message naming the product, the range and the cause, within a bounded time, and leaves the
 * cache as it was (what was cached stays, nothing half-fetched is added).
 */
class GetFaultsTest {

    private static final String DATASET = "AC_H2_MFI";
    private static final List<String> MAGNITUDE = List.of("Magnitude");
    private static final TimeRange FIRST_DAY = TimeRange.of("1997-09-02", "1997-09-03");
    private static final TimeRange BOTH_DAYS = TimeRange.of("1997-09-02", "1997-09-04");
    private static final Duration TIMEOUT = Duration.ofMillis(400);

    private RecordedHapiServer server;
    private FragmentCache cache;
    private DataAccess data;
    private HapiProvider provider;

    @BeforeEach
    void cacheTheFirstDay(@TempDir Path dir) throws Exception {
        byte[] sample = Files.readAllBytes(HapiFixtures.sample());
        server = new RecordedHapiServer()
                .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                .json("info", HapiFixtures.info(DATASET).toString())
                .on("data", (x, q) -> RecordedHapiServer.send(x, 200, "text/csv", sample));
        cache = FragmentCache.open(dir, CachePolicy.DEFAULT, Clock.systemUTC());
        data = new DataAccess(cache);
        provider = new HapiProvider(HapiFixtures.client(server, TIMEOUT, 2));
        Lookup first = data.get(provider, DATASET, MAGNITUDE, FIRST_DAY, CacheMode.NORMAL, FetchContext.UNWATCHED);
        assertThat(first.variables().getFirst().records()).isEqualTo(24);
    }

    @AfterEach
    void close() throws IOException {
        data.close();
        cache.close();
        server.close();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("500", (RecordedHapiServer.Answer) (x, q) -> RecordedHapiServer.send(x, 500, "application/json",
                        RecordedHapiServer.error(1500, "Internal server error")), "1500"),
                Arguments.of("slow", (RecordedHapiServer.Answer) (x, q) -> pause(5_000), "timeout"),
                Arguments.of("truncated", (RecordedHapiServer.Answer) (x, q) -> {
                    byte[] rows = "1997-09-03T00:00:00.000Z,9.9\n1997-09-03T01:00:00.000Z,9.".getBytes(StandardCharsets.US_ASCII);
                    x.getResponseHeaders().set("Content-Type", "text/csv");
                    x.sendResponseHeaders(200, rows.length + 100);
                    OutputStream out = x.getResponseBody();
                    out.write(rows);
                    out.flush();
                    x.close();
                }, DATASET),
                Arguments.of("wrong content type", (RecordedHapiServer.Answer) (x, q) ->
                        RecordedHapiServer.send(x, 200, "text/html", "<html><body>Down for maintenance</body></html>"), "text/html"),
                Arguments.of("malformed CSV", (RecordedHapiServer.Answer) (x, q) ->
                        RecordedHapiServer.send(x, 200, "text/csv", "1997-09-03T00:00:00.000Z,not-a-number\n"), "not-a-number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFaultNamesProductRangeAndCauseAndLeavesTheCacheAsItWas(String fault, RecordedHapiServer.Answer answer, String cause)
            throws IOException {
        server.on("data", answer);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> data.get(provider, DATASET, MAGNITUDE, BOTH_DAYS, CacheMode.NORMAL, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(DATASET).hasMessageContaining("1997-09-03T00:00:00.000Z").hasMessageContaining(cause));
        assertThatTheCacheHoldsTheFirstDayOnly();
    }

    @Test
    void aServerThatIsDownIsAnErrorAndOfflineStillAnswersFromTheCache() throws IOException {
        server.close();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> data.get(provider, DATASET, MAGNITUDE, BOTH_DAYS, CacheMode.NORMAL, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class).hasMessageContaining(DATASET).hasMessageContaining("cannot connect"));
        Lookup offline = data.get(provider, DATASET, MAGNITUDE, BOTH_DAYS, CacheMode.OFFLINE, FetchContext.UNWATCHED);
        assertThat(offline.variables().getFirst().records()).isEqualTo(24);
        assertThat(offline.missing()).containsExactly(TimeRange.of("1997-09-03", "1997-09-04"));
        assertThatTheCacheHoldsTheFirstDayOnly();
    }

    @Test
    void malformedInfoJsonIsAnError() throws IOException {
        HapiProvider fresh = new HapiProvider(HapiFixtures.client(server, TIMEOUT, 1));
        server.json("info", "{\"HAPI\": \"2.0\", \"parameters\": [");
        assertThatThrownBy(() -> data.get(fresh, DATASET, MAGNITUDE, TimeRange.of("1997-09-03", "1997-09-04"), CacheMode.NORMAL,
                FetchContext.UNWATCHED)).isInstanceOf(IOException.class).hasMessageContaining(DATASET);
        assertThatTheCacheHoldsTheFirstDayOnly();
    }

    @Test
    void anUnknownProductIsAnErrorNamingIt() throws IOException {
        server.on("info", (x, q) -> RecordedHapiServer.send(x, 404, "application/json",
                RecordedHapiServer.error(1406, "Bad request - unknown dataset id")));
        HapiProvider fresh = new HapiProvider(HapiFixtures.client(server, TIMEOUT, 1));
        assertThatThrownBy(() -> data.get(fresh, "AC_NOPE", MAGNITUDE, BOTH_DAYS, CacheMode.NORMAL, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class).hasMessageContaining("AC_NOPE").hasMessageContaining("1406");
        assertThatTheCacheHoldsTheFirstDayOnly();
    }

    @Test
    void startNotBeforeStopIsRefusedBeforeAnyRequest() throws IOException {
        int before = server.requests.size();
        assertThatThrownBy(() -> data.get(provider, DATASET, MAGNITUDE, new TimeRange(FIRST_DAY.stop(), FIRST_DAY.stop()),
                CacheMode.NORMAL, FetchContext.UNWATCHED)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThat(server.requests).hasSize(before);
        assertThatTheCacheHoldsTheFirstDayOnly();
    }

    @Test
    void aRangeOutsideTheCoverageIsAnEmptyResult() throws IOException {
        int before = server.requests("data").size();
        Lookup got = data.get(provider, DATASET, MAGNITUDE, TimeRange.of("1990-01-01", "1990-01-03"), CacheMode.NORMAL,
                FetchContext.UNWATCHED);
        assertThat(got.variables()).allSatisfy(v -> assertThat(v.records()).isZero());
        assertThat(server.requests("data")).hasSize(before);
    }

    private void assertThatTheCacheHoldsTheFirstDayOnly() throws IOException {
        assertThat(cache.stats().entries()).isEqualTo(1);
        Lookup kept = cache.lookup(CacheKey.unversioned("test-hapi", DATASET, MAGNITUDE), BOTH_DAYS);
        assertThat(kept.missing()).containsExactly(TimeRange.of("1997-09-03", "1997-09-04"));
        assertThat(kept.variables().getFirst().records()).isEqualTo(24);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
