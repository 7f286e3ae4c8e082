package org.heliodeck.data.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.heliodeck.data.FetchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which answers are tried again, and how long a server can ask the client to wait. */
class HttpGetterTest {

    private static final HttpSettings QUICK = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofMillis(10));

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Answers {@code first} with {@code headerValue} in Retry-After the first time, then 200 "ok". */
    private URI answeringFirst(int first, String headerValue) {
        server.createContext("/x", exchange -> {
            try (exchange) {
                byte[] body = (calls.incrementAndGet() == 1 ? "slow down" : "ok").getBytes(StandardCharsets.UTF_8);
                if (calls.get() == 1) {
                    exchange.getResponseHeaders().set("Retry-After", headerValue);
                    exchange.sendResponseHeaders(first, body.length);
                } else {
                    exchange.sendResponseHeaders(200, body.length);
                }
                exchange.getResponseBody().write(body);
            }
        });
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x");
    }

    private static String text(HttpGetter http, URI uri) throws HttpFailure {
        return http.get(uri, FetchContext.UNWATCHED, (body, type) -> new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void tooManyRequestsIsTriedAgainAfterTheWaitTheServerAsks() throws Exception {
        URI uri = answeringFirst(429, "1");
        try (HttpGetter http = new HttpGetter(QUICK)) {
            long begin = System.nanoTime();
            assertThat(text(http, uri)).isEqualTo("ok");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
        assertThat(calls).hasValue(2);
    }

    @Test
    void aRetryAfterAsADateFallsBackToTheBackoff() throws Exception {
        URI uri = answeringFirst(503, "Wed, 21 Oct 2026 07:28:00 GMT");
        try (HttpGetter http = new HttpGetter(QUICK)) {
            assertThat(text(http, uri)).isEqualTo("ok");
        }
        assertThat(calls).hasValue(2);
    }

    @Test
    void otherClientErrorsAreNotTriedAgain() {
        URI uri = answeringFirst(404, "0");
        try (HttpGetter http = new HttpGetter(QUICK)) {
            assertThatThrownBy(() -> text(http, uri)).isInstanceOf(HttpFailure.class).hasMessage("HTTP 404: slow down");
        }
        assertThat(calls).hasValue(1);
    }
}
