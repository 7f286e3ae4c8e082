package org.heliodeck.data.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.junit.jupiter.api.Test;

class HapiClientFaultsTest {

    private static final TimeRange DAYS = TimeRange.of("1997-09-02", "1997-09-04");
    private static final String RANGE = "1997-09-02T00:00:00.000Z/1997-09-04T00:00:00.000Z";

    /** A v2 server with the info of AC_H2_MFI, answering data requests as the test says. */
    private static RecordedHapiServer serverWithData(RecordedHapiServer.Answer data) throws Exception {
        return new RecordedHapiServer()
                .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                .json("info", HapiFixtures.info("AC_H2_MFI").toString())
                .on("data", data);
    }

    private static ThrowingCallable data(HapiClient client) {
        return () -> client.data("AC_H2_MFI", List.of("Magnitude"), DAYS, FetchContext.UNWATCHED);
    }

    @Test
    void aServerThatIsDownFailsAfterTheRetriesNamingServerDatasetAndRange() throws Exception {
        String url;
        try (RecordedHapiServer gone = new RecordedHapiServer()) {
            url = gone.url();
        }
        try (HapiClient client = new HapiClient(HapiEndpoint.of("gone-hapi", url),
                HapiClientSettings.DEFAULTS.withRetries(3, Duration.ofMillis(10)))) {
            assertThatThrownBy(() -> client.data("AC_H2_MFI", List.of("Magnitude"), DAYS, FetchContext.UNWATCHED))
                    .isInstanceOf(HapiException.class)
                    .hasMessageContaining("gone-hapi (" + url + ")")
                    .hasMessageContaining("AC_H2_MFI").hasMessageContaining(RANGE)
                    .hasMessageContaining("cannot connect").hasMessageContaining("3 tries");
        }
    }

    @Test
    void aSlowServerTimesOutWithinTheTimeoutForEachTry() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .on("capabilities", (x, q) -> sleep(3_000));
                HapiClient client = HapiFixtures.client(server, Duration.ofMillis(300), 2)) {
            long begin = System.nanoTime();
            assertThatThrownBy(data(client)).isInstanceOf(HapiException.class)
                    .hasMessageContaining("AC_H2_MFI").hasMessageContaining("timeout").hasMessageContaining("2 tries");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofMillis(1_500));
            assertThat(server.requests("capabilities")).hasSize(2);
        }
    }

    @Test
    void aBodyThatStallsTimesOut() throws Exception {
        try (RecordedHapiServer server = serverWithData((x, q) -> {
                    x.getResponseHeaders().set("Content-Type", "text/csv");
                    x.sendResponseHeaders(200, 0);
                    OutputStream out = x.getResponseBody();
                    out.write("1997-09-02T00:00:00.000Z,2.658\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    sleep(3_000);
                });
                HapiClient client = HapiFixtures.client(server, Duration.ofMillis(300), 1)) {
            long begin = System.nanoTime();
            assertThatThrownBy(data(client)).isInstanceOf(HapiException.class)
                    .hasMessageContaining("sent nothing for 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofMillis(1_500));
        }
    }

    @Test
    void a500IsRetriedAndTheSecondAnswerUsed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        byte[] sample = Files.readAllBytes(HapiFixtures.sample());
        try (RecordedHapiServer server = serverWithData((x, q) -> {
                    if (calls.incrementAndGet() == 1) {
                        RecordedHapiServer.send(x, 500, "application/json", RecordedHapiServer.error(1500, "internal error"));
                    } else {
                        RecordedHapiServer.send(x, 200, "text/csv", sample);
                    }
                });
                HapiClient client = HapiFixtures.client(server)) {
            HapiClientTest.assertMagnitudeOfTheSample(
                    client.data("AC_H2_MFI", List.of("Magnitude"), DAYS, FetchContext.UNWATCHED));
            assertThat(calls).hasValue(2);
        }
    }

    @Test
    void anUnknownDatasetIsNotRetriedAndSaysSo() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("3.3", "csv"))
                        .on("info", (x, q) -> RecordedHapiServer.send(x, 404, "application/json",
                                RecordedHapiServer.error(1406, "Bad request - unknown dataset id")));
                HapiClient client = HapiFixtures.client(server)) {
            assertThatThrownBy(() -> client.data("NO_SUCH", List.of(), DAYS, FetchContext.UNWATCHED))
                    .isInstanceOf(HapiException.class)
                    .hasMessageContaining("test-hapi").hasMessageContaining("NO_SUCH").hasMessageContaining(RANGE)
                    .hasMessageContaining("HAPI 1406 Bad request - unknown dataset id (HTTP 404)")
                    .satisfies(e -> assertThat(((HapiException) e).hapiCode()).hasValue(1406));
            assertThat(server.requests("info")).hasSize(1);
        }
    }

    @Test
    void anUnknownParameterIsRefusedBeforeTheDataRequest() throws Exception {
        try (RecordedHapiServer server = serverWithData((x, q) -> RecordedHapiServer.send(x, 200, "text/csv", ""));
                HapiClient client = HapiFixtures.client(server)) {
            assertThatThrownBy(() -> client.data("AC_H2_MFI", List.of("Bogus"), DAYS, FetchContext.UNWATCHED))
                    .hasMessageContaining("AC_H2_MFI").hasMessageContaining("no parameter 'Bogus'");
            assertThat(server.requests("data")).isEmpty();
        }
    }

    @Test
    void aTruncatedBodyIsAnError() throws Exception {
        byte[] sample = Files.readAllBytes(HapiFixtures.sample());
        try (RecordedHapiServer server = serverWithData((x, q) -> {
                    x.getResponseHeaders().set("Content-Type", "text/csv");
                    x.sendResponseHeaders(200, sample.length);
                    OutputStream out = x.getResponseBody();
                    out.write(sample, 0, sample.length / 2);
                    out.flush();
                    x.getHttpContext().getServer().stop(0);
                });
                HapiClient client = HapiFixtures.client(server, Duration.ofSeconds(2), 1)) {
            assertThatThrownBy(data(client)).isInstanceOf(HapiException.class)
                    .hasMessageContaining("AC_H2_MFI").hasMessageContaining(RANGE);
        }
    }

    @Test
    void aWrongContentTypeIsAnError() throws Exception {
        try (RecordedHapiServer server = serverWithData((x, q) ->
                        RecordedHapiServer.send(x, 200, "text/html", "<html><body>Maintenance</body></html>"));
                HapiClient client = HapiFixtures.client(server)) {
            assertThatThrownBy(data(client)).isInstanceOf(HapiException.class)
                    .hasMessageContaining("answered text/html where HAPI csv was expected");
        }
    }

    @Test
    void malformedJsonAndCsvAreErrors() throws Exception {
        try (RecordedHapiServer server = new RecordedHapiServer()
                        .json("capabilities", HapiFixtures.capabilities("2.0", "csv"))
                        .json("catalog", "{\"HAPI\": \"2.0\", \"catalog\": [{\"id\":");
                HapiClient client = HapiFixtures.client(server)) {
            assertThatThrownBy(client::catalog).isInstanceOf(HapiException.class)
                    .hasMessageContaining("catalog").hasMessageContaining("not valid JSON");
        }
        try (RecordedHapiServer server = serverWithData((x, q) ->
                        RecordedHapiServer.send(x, 200, "text/csv", "1997-09-02T00:00:00.000Z,abc\n"));
                HapiClient client = HapiFixtures.client(server)) {
            assertThatThrownBy(data(client)).isInstanceOf(HapiException.class)
                    .hasMessageContaining("malformed").hasMessageContaining("line 1");
        }
    }

    @Test
    void anEmptyRangeIsRefusedBeforeAnyRequest() throws Exception {
        try (RecordedHapiServer server = serverWithData((x, q) -> RecordedHapiServer.send(x, 200, "text/csv", ""));
                HapiClient client = HapiFixtures.client(server)) {
            TimeRange empty = new TimeRange(DAYS.start(), DAYS.start());
            assertThatThrownBy(() -> client.data("AC_H2_MFI", List.of(), empty, FetchContext.UNWATCHED))
                    .isInstanceOf(HapiException.class).hasMessageContaining("start is not before stop");
            assertThat(server.requests).isEmpty();
        }
    }

    @Test
    void cancellingStopsAnEndlessStreamPromptly() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicLong bytes = new AtomicLong();
        try (RecordedHapiServer server = serverWithData((x, q) -> {
                    x.getResponseHeaders().set("Content-Type", "text/csv");
                    x.sendResponseHeaders(200, 0);
                    OutputStream out = x.getResponseBody();
                    for (int i = 0; i < 10_000; i++) {
                        out.write("1997-09-02T00:00:00.000Z,2.658\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        sleep(1);
                    }
                });
                HapiClient client = HapiFixtures.client(server)) {
            FetchContext context = new FetchContext(cancelled::get, n -> {
                if (bytes.addAndGet(n) > 3_000) {
                    cancelled.set(true);
                }
            });
            long begin = System.nanoTime();
            assertThatThrownBy(() -> client.data("AC_H2_MFI", List.of("Magnitude"), DAYS, context))
                    .isInstanceOf(CancellationException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(2));
            assertThat(bytes.get()).isBetween(3_000L, 100_000L);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
