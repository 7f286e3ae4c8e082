package org.heliodeck.data.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link HttpGetter} waits and retries.
 *
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for the server's next sign of life: the response headers,
 *     then each piece of the body
 * @param attempts how many times a request is tried when it times out, is refused or gets a 5xx
 *     answer (1: no retry); 4xx answers are never retried
 * @param firstBackoff the pause before the second try, doubled before each later one
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, int attempts, Duration firstBackoff) {

    public static final HttpSettings DEFAULTS = new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(120), 3,
            Duration.ofMillis(500));

    public HttpSettings {
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(requestTimeout, "request timeout");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be 1 to 10, not " + attempts);
        }
        if (firstBackoff.isNegative()) {
            throw new IllegalArgumentException("the backoff must not be negative: " + firstBackoff);
        }
    }

    /** The pause before try {@code attempt} (2, 3...). */
    public Duration backoffBefore(int attempt) {
        return firstBackoff.multipliedBy(1L << Math.min(attempt - 2, 20));
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be positive: " + d);
        }
    }
}
