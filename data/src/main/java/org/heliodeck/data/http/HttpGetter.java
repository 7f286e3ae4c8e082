package org.heliodeck.data.http;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Flow;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.data.FetchContext;

/**
 * GET requests for web-service providers with no HAPI of their own (AMDA, SSCWeb): bounded waits
 * for the connection, the headers and each piece of the body; timeouts, refused connections, 429
 * and 5xx answers retried with an exponential backoff (longer where the server's
 * {@code Retry-After} asks), other 4xx answers not; bodies read through a
 * {@link BodyStream}, so a fetch can be cancelled and reports its bytes. Every failure is an
 * {@link HttpFailure} whose message is the cause alone: the caller names what it asked for.
 */
public final class HttpGetter implements AutoCloseable {

    private static final int MAX_ERROR_BYTES = 200;
    private static final int TOO_MANY_REQUESTS = 429;
    /** Longer than this, a user would rather see the error than wait. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final HttpSettings settings;
    private final HttpClient http;

    public HttpGetter(HttpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** {@code base} ending in {@code /}, so that relative paths resolve below it rather than beside it. */
    public static URI directory(URI base) {
        String root = Objects.requireNonNull(base, "base").toString();
        return root.endsWith("/") ? base : URI.create(root + "/");
    }

    /** Reads a successful response's body; the body stream is closed after. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream body, String contentType) throws IOException;
    }

    /**
     * What {@code reader} makes of the body at {@code uri}.
     *
     * @throws HttpFailure when no good answer came, or the reader found it malformed
     * @throws java.util.concurrent.CancellationException when {@code context} is cancelled
     */
    public <T> T get(URI uri, FetchContext context, BodyReader<T> reader) throws HttpFailure {
        return get(uri, "", context, reader);
    }

    /**
     * As {@link #get(URI, FetchContext, BodyReader)}, asking for the media type {@code accept} (none when
     * empty): services such as CDAS answer in XML unless asked for JSON.
     */
    public <T> T get(URI uri, String accept, FetchContext context, BodyReader<T> reader) throws HttpFailure {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).GET();
        if (!accept.isEmpty()) {
            builder.header("Accept", accept);
        }
        HttpRequest request = builder.build();
        HttpFailure last = null;
        Duration serverAsked = Duration.ZERO;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            if (attempt > 1) {
                pause(max(settings.backoffBefore(attempt), serverAsked), last);
                context.checkNotCancelled();
            }
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofPublisher());
            } catch (HttpTimeoutException e) {
                last = new HttpFailure("no answer within " + waited(e) + " (timeout)", 0, e);
                continue;
            } catch (ConnectException e) {
                last = new HttpFailure("cannot connect: " + describe(e), 0, e);
                continue;
            } catch (IOException e) {
                throw new HttpFailure("the request failed: " + describe(e), 0, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HttpFailure("interrupted", 0, e);
            }
            BodyStream body = new BodyStream(settings.requestTimeout(), context);
            response.body().subscribe(body);
            int status = response.statusCode();
            try (body) {
                if (status >= 400) {
                    HttpFailure error = errorAnswer(status, body);
                    // 429 and 503 say "later", often with how much later: a polite client waits that long.
                    serverAsked = retryAfter(response);
                    if (status >= 500 || status == TOO_MANY_REQUESTS) {
                        last = error;
                        continue;
                    }
                    throw error;
                }
                return reader.read(body, contentType(response));
            } catch (HttpFailure e) {
                throw e;
            } catch (JacksonException e) {
                throw new HttpFailure("the answer is not valid JSON: " + e.getOriginalMessage(), status, e);
            } catch (DataFormatException e) {
                throw new HttpFailure("the answer is malformed: " + e.getMessage(), status, e);
            } catch (HttpTimeoutException e) {
                throw new HttpFailure(e.getMessage() + " (timeout)", status, e);
            } catch (IOException e) {
                throw new HttpFailure("the answer broke off (truncated): " + describe(e), status, e);
            }
        }
        Objects.requireNonNull(last, "no attempt made");
        String tries = settings.attempts() == 1 ? "" : " (after " + settings.attempts() + " tries)";
        throw new HttpFailure(last.getMessage() + tries, last.httpStatus().orElse(0), last);
    }

    /** The wait a server asks for in {@code Retry-After} (seconds), capped; zero when it asks none. */
    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("0").strip());
            return Duration.ofSeconds(Math.clamp(seconds, 0, MAX_RETRY_AFTER.toSeconds()));
        } catch (NumberFormatException httpDate) {
            return Duration.ZERO;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void pause(Duration backoff, HttpFailure last) throws HttpFailure {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure("interrupted while waiting to retry after: " + last.getMessage(), 0, e);
        }
    }

    /** The HTTP status and the first line of the error body, where there is one. */
    private static HttpFailure errorAnswer(int status, InputStream body) {
        String excerpt;
        try {
            excerpt = new String(body.readNBytes(MAX_ERROR_BYTES), StandardCharsets.UTF_8).strip().lines().findFirst()
                    .orElse("");
        } catch (IOException e) {
            return new HttpFailure("HTTP " + status + " (the error body broke off: " + describe(e) + ")", status, e);
        }
        return new HttpFailure("HTTP " + status + (excerpt.isEmpty() ? "" : ": " + excerpt), status, null);
    }

    private String waited(HttpTimeoutException e) {
        return e instanceof HttpConnectTimeoutException
                ? settings.connectTimeout().toMillis() + " ms to connect"
                : settings.requestTimeout().toMillis() + " ms";
    }

    /** The media type without parameters, lower case; empty when the server sent none. */
    private static String contentType(HttpResponse<?> response) {
        String value = response.headers().firstValue("Content-Type").orElse("");
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
