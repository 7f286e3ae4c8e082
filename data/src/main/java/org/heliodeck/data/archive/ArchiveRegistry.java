package org.heliodeck.data.archive;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The archives a user registered ({@code heliodeck archive add DIR}), by name, kept in
 * {@code archives.properties} in the configuration directory: each a directory, or an archive
 * description file (whose root may be a web server).
 */
public final class ArchiveRegistry {

    public static final String FILE_NAME = "archives.properties";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private final Path file;

    public ArchiveRegistry(Path configDirectory) {
        this.file = configDirectory.resolve(FILE_NAME);
    }

    /** Registered archives: name → directory or description file, sorted by name. */
    public Map<String, Path> archives() throws IOException {
        Map<String, Path> out = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            p.stringPropertyNames().forEach(name -> out.put(name, Path.of(p.getProperty(name))));
        }
        return out;
    }

    /**
     * Registers a directory or a description file after checking that Heliodeck recognises data
     * in it (see {@link LocalArchive#open}); returns the archive.
     *
     * @throws IllegalArgumentException for a bad name, a name already taken by another directory, a
     *     directory without recognisable data, or a malformed description
     */
    public LocalArchive add(String name, Path location) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("archive name '" + name + "' must start with a letter and hold only letters,"
                    + " digits, '_', '.' or '-' (64 at most)");
        }
        Path absolute = location.toAbsolutePath().normalize();
        Map<String, Path> known = archives();
        Path taken = known.get(name);
        if (taken != null && !taken.equals(absolute)) {
            throw new IllegalArgumentException("an archive named " + name + " already points at " + taken
                    + ": remove it first or choose another name with --name");
        }
        LocalArchive archive = LocalArchive.open(name, absolute);
        known.put(name, absolute);
        save(known);
        return archive;
    }

    /** Forgets an archive (its files are left alone); returns whether it was registered. */
    public boolean remove(String name) throws IOException {
        Map<String, Path> known = archives();
        boolean removed = known.remove(name) != null;
        if (removed) {
            save(known);
        }
        return removed;
    }

    private void save(Map<String, Path> archives) throws IOException {
        Properties p = new Properties();
        archives.forEach((k, v) -> p.setProperty(k, v.toString()));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Local archives registered with 'heliodeck archive add'");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
