package org.heliodeck.formats.hapi;

import java.util.Map;
import java.util.Objects;

/**
 * The {@code status} of a HAPI response: 1200 OK, 1201 OK with no data, 14xx request errors, 15xx
 * server errors.
 *
 * @param extras other members (e.g. {@code x_request}), by name, each as JSON text
 */
public record HapiStatus(int code, String message, Map<String, String> extras) {

    public static final HapiStatus OK = new HapiStatus(1200, "OK", Map.of());

    public HapiStatus {
        Objects.requireNonNull(message, "message");
        extras = JsonMembers.copyOf(extras);
    }

}
