package org.heliodeck.app.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The user's catalog settings, in {@value #FILE_NAME} of the config directory: the author written
 * on the events they create (by default their login name) and the margin kept around an event the
 * time range moves to (a fraction of its duration on each side, by default {@value #DEFAULT_MARGIN}).
 */
public record CatalogPreferences(String author, double margin) {

    public static final String FILE_NAME = "catalog.properties";
    public static final double DEFAULT_MARGIN = 0.2;

    public CatalogPreferences {
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("the margin around an event must be 0 or more, not " + margin);
        }
    }

    public static CatalogPreferences defaults() {
        return new CatalogPreferences(System.getProperty("user.name", ""), DEFAULT_MARGIN);
    }

    /** The settings of {@code configDirectory}, the defaults for those it does not set. */
    public static CatalogPreferences read(Path configDirectory) throws IOException {
        Path file = configDirectory.resolve(FILE_NAME);
        CatalogPreferences defaults = defaults();
        if (!Files.exists(file)) {
            return defaults;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        try {
            return new CatalogPreferences(p.getProperty("author", defaults.author()),
                    Double.parseDouble(p.getProperty("margin", Double.toString(defaults.margin()))));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public void write(Path configDirectory) throws IOException {
        Properties p = new Properties();
        p.setProperty("author", author);
        p.setProperty("margin", Double.toString(margin));
        Files.createDirectories(configDirectory);
        try (Writer out = Files.newBufferedWriter(configDirectory.resolve(FILE_NAME))) {
            p.store(out, "Heliodeck catalogs: author of the events you create, margin around an event shown (fraction of its duration)");
        }
    }
}
