package org.heliodeck.data.hapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * A HAPI server: the name Heliodeck knows it by and the URL of its {@code hapi} root, e.g.
 * {@code https://cdaweb.gsfc.nasa.gov/hapi}.
 */
public record HapiEndpoint(String name, URI root) {

    public HapiEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a HAPI server needs a name (its URL is " + root + ")");
        }
        String scheme = root.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || root.getHost() == null) {
            throw new IllegalArgumentException("HAPI server '" + name + "': '" + root
                    + "' is not an http(s) URL with a host");
        }
        if (root.getRawQuery() != null || root.getRawFragment() != null) {
            throw new IllegalArgumentException("HAPI server '" + name + "': '" + root
                    + "' must be the hapi root, without query or fragment");
        }
        // Endpoints are appended to the root, so a trailing slash would double.
        String text = root.toString();
        if (text.endsWith("/")) {
            root = URI.create(text.substring(0, text.length() - 1));
        }
    }

    /**
     * A server from a URL typed by a user.
     *
     * @throws IllegalArgumentException naming the server when the URL is not an http(s) URL
     */
    public static HapiEndpoint of(String name, String url) {
        try {
            return new HapiEndpoint(name, new URI(url.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("HAPI server '" + name + "': '" + url + "' is not a URL: "
                    + e.getReason(), e);
        }
    }

    /** The URL of {@code endpoint} ({@code catalog}, {@code data}...) with an encoded query, or none. */
    URI endpoint(String endpoint, String query) {
        return URI.create(root + "/" + endpoint + (query.isEmpty() ? "" : "?" + query));
    }

    /** The server as messages name it. */
    @Override
    public String toString() {
        return name + " (" + root + ")";
    }
}
