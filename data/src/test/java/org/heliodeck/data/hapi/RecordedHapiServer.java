package org.heliodeck.data.hapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A HAPI server on 127.0.0.1 answering each endpoint as a test says, recording every request. */
final class RecordedHapiServer implements AutoCloseable {

    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange, Map<String, String> query) throws IOException;
    }

    /** One request as the server saw it. */
    record Request(String endpoint, Map<String, String> query) { }

    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    RecordedHapiServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/hapi/", exchange -> {
            try (exchange) {
                String endpoint = exchange.getRequestURI().getPath().substring("/hapi/".length());
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                requests.add(new Request(endpoint, query));
                Answer answer = answers.get(endpoint);
                if (answer == null) {
                    send(exchange, 404, "text/plain", "no such endpoint");
                } else {
                    answer.answer(exchange, query);
                }
            } catch (IOException e) {
                // The client went away (a timeout or cancellation under test).
            }
        });
        http.setExecutor(threads);
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/hapi";
    }

    RecordedHapiServer on(String endpoint, Answer answer) {
        answers.put(endpoint, answer);
        return this;
    }

    RecordedHapiServer json(String endpoint, String json) {
        return on(endpoint, (x, q) -> send(x, 200, "application/json", json));
    }

    RecordedHapiServer file(String endpoint, Path file, String contentType) {
        return on(endpoint, (x, q) -> send(x, 200, contentType, Files.readAllBytes(file)));
    }

    List<Request> requests(String endpoint) {
        return requests.stream().filter(r -> r.endpoint().equals(endpoint)).toList();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String error(int code, String message) {
        return "{\"HAPI\": \"3.3\", \"status\": {\"code\": " + code + ", \"message\": \"" + message + "\"}}";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
