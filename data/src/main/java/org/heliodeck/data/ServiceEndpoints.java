package org.heliodeck.data;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where the web services are, as the user configured them in {@code services.properties}: a
 * service's root moved elsewhere ({@code amda.url=…}, e.g. a mirror or a local test server) and the
 * HAPI servers the user added ({@code hapi.NAME.url=…}). Services not named keep their public roots.
 */
public final class ServiceEndpoints {

    public static final String FILE_NAME = "services.properties";
    private static final String URL = ".url";
    private static final String HAPI = "hapi.";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private final Path file;

    public ServiceEndpoints(Path configDirectory) {
        this.file = configDirectory.resolve(FILE_NAME);
    }

    /** The root of the service {@code name}: the configured one, else {@code publicRoot}. */
    public URI root(String name, URI publicRoot) throws IOException {
        String configured = load().getProperty(name + URL);
        return configured == null ? publicRoot : URI.create(configured.strip());
    }

    /** The HAPI servers the user added: name → root URL, sorted by name. */
    public Map<String, String> hapiServers() throws IOException {
        Map<String, String> out = new TreeMap<>();
        Properties p = load();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(HAPI) && key.endsWith(URL) && key.length() > HAPI.length() + URL.length()) {
                out.put(key.substring(HAPI.length(), key.length() - URL.length()), p.getProperty(key).strip());
            }
        }
        return out;
    }

    /** Moves a service to another root (e.g. a mirror); {@code null} goes back to the public one. */
    public void setRoot(String name, URI root) throws IOException {
        update(name + URL, root == null ? null : checked(root).toString());
    }

    /** Adds (or moves) a HAPI server of the user's. */
    public void addHapiServer(String name, URI root) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("server name '" + name + "' must start with a letter and hold only letters,"
                    + " digits, '_', '.' or '-' (64 at most)");
        }
        update(HAPI + name + URL, checked(root).toString());
    }

    /** Forgets a HAPI server the user added; returns whether there was one. */
    public boolean removeHapiServer(String name) throws IOException {
        boolean known = load().containsKey(HAPI + name + URL);
        if (known) {
            update(HAPI + name + URL, null);
        }
        return known;
    }

    private static URI checked(URI root) {
        String scheme = root.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || root.getHost() == null) {
            throw new IllegalArgumentException(root + " is not an http(s) URL");
        }
        return root;
    }

    private Properties load() throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        return p;
    }

    private void update(String key, String value) throws IOException {
        Properties p = load();
        if (value == null) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Web service roots and HAPI servers ('heliodeck provider --help')");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
