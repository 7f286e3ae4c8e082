package org.heliodeck.server.hapi;

/** A request the HAPI spec says to refuse, with its HAPI status code and HTTP status. */
final class HapiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int code;
    final int http;

    private HapiError(int code, int http, String message) {
        super(message);
        this.code = code;
        this.http = http;
    }

    static HapiError badRequest(int code, String message) {
        return new HapiError(code, 400, message);
    }

    static HapiError notFound(int code, String message) {
        return new HapiError(code, 404, message);
    }

    static HapiError internal(int code, String message) {
        return new HapiError(code, 500, message);
    }
}
