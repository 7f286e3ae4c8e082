package org.heliodeck.data.hapi;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import org.heliodeck.data.http.HttpSettings;

/**
 * How a {@link HapiClient} talks to its server.
 *
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for the server's next sign of life: the response headers,
 *     then each piece of the body (a stalled stream fails instead of hanging)
 * @param attempts how many times a request is tried when it times out, is refused, or gets a 5xx
 *     answer (1: no retry); 4xx answers are never retried
 * @param firstBackoff the pause before the second try, doubled before each later one
 * @param httpVersion the preferred HTTP version; HTTP/2 falls back to 1.1 where the server lacks it
 */
public record HapiClientSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        int attempts,
        Duration firstBackoff,
        HttpClient.Version httpVersion) {

    public static final HapiClientSettings DEFAULTS = new HapiClientSettings(Duration.ofSeconds(10),
            Duration.ofSeconds(60), 3, Duration.ofMillis(500), HttpClient.Version.HTTP_2);

    public HapiClientSettings {
        Objects.requireNonNull(httpVersion, "httpVersion");
        http(connectTimeout, requestTimeout, attempts, firstBackoff); // the same rules as every HTTP client's
    }

    /** The timeouts and retries of every other web service's, over HTTP/2 where the server has it. */
    public static HapiClientSettings from(HttpSettings http) {
        return new HapiClientSettings(http.connectTimeout(), http.requestTimeout(), http.attempts(), http.firstBackoff(),
                HttpClient.Version.HTTP_2);
    }

    public HapiClientSettings withTimeouts(Duration connect, Duration request) {
        return new HapiClientSettings(connect, request, attempts, firstBackoff, httpVersion);
    }

    public HapiClientSettings withRetries(int newAttempts, Duration newFirstBackoff) {
        return new HapiClientSettings(connectTimeout, requestTimeout, newAttempts, newFirstBackoff, httpVersion);
    }

    public HapiClientSettings withHttpVersion(HttpClient.Version version) {
        return new HapiClientSettings(connectTimeout, requestTimeout, attempts, firstBackoff, version);
    }

    /** The pause before try {@code attempt} (2, 3...). */
    Duration backoffBefore(int attempt) {
        return http(connectTimeout, requestTimeout, attempts, firstBackoff).backoffBefore(attempt);
    }

    private static HttpSettings http(Duration connect, Duration request, int attempts, Duration firstBackoff) {
        return new HttpSettings(connect, request, attempts, firstBackoff);
    }
}
