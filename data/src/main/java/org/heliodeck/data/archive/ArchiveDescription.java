package org.heliodeck.data.archive;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.heliodeck.data.http.HttpSettings;
import org.heliodeck.formats.Codecs;
import org.heliodeck.formats.DataCodec;
import org.heliodeck.formats.FileFormat;

/**
 * An archive described by a {@value #FILE_NAME} file: where its files are and how they are named,
 * so that any tree of files with dates in their paths becomes datasets. Plain {@link Properties},
 * like {@code archives.properties}: the description is a handful of flat keys a user writes by hand,
 * with comments, and needs no other parser. One dataset:
 *
 * <pre>
 * name=ace
 * root=https://spdf.gsfc.nasa.gov/pub/data/ace/mag/level_2_cdaweb/mfi_h2
 * dataset=ac_h2_mfi
 * pattern={yyyy}/ac_h2_mfi_{yyyy}{MM}{dd}_v{version}.cdf
 * format=cdf
 * </pre>
 *
 * or several, as {@code dataset.<id>.pattern=...}, each key of a dataset falling back to the
 * top-level one for {@code root}, {@code format}, {@code period} and {@code cadence}. A relative
 * {@code root} is a directory relative to the description (default: its own directory);
 * {@code period} defaults to the finest time field of the pattern; {@code format} to the codec
 * claiming the pattern's extension; {@code variables} (comma-separated) to every data variable.
 */
record ArchiveDescription(String name, List<DatasetDescription> datasets) {

    public static final String FILE_NAME = "heliodeck-archive.properties";

    private static final Set<String> INHERITED = Set.of("root", "format", "period", "cadence");
    private static final Set<String> OWN = Set.of("pattern", "description", "variables");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /**
     * Reads a description.
     *
     * @throws IllegalArgumentException naming the file and the key of anything wrong in it
     */
    static ArchiveDescription read(Path file, HttpSettings settings) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        TreeSet<String> ids = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("dataset.")) {
                int dot = key.lastIndexOf('.');
                String property = key.substring(dot + 1);
                if (dot <= "dataset.".length() || !(INHERITED.contains(property) || OWN.contains(property))) {
                    throw problem(file, key, "is not a key of a description: a dataset's keys are dataset.<id>.<one of "
                            + String.join(", ", new TreeSet<>(union())) + ">");
                }
                ids.add(key.substring("dataset.".length(), dot));
            } else if (!key.equals("name") && !key.equals("dataset") && !INHERITED.contains(key) && !OWN.contains(key)) {
                throw problem(file, key, "is not a key of a description: the keys are name, dataset, "
                        + String.join(", ", new TreeSet<>(union())) + " and dataset.<id>.<key>");
            }
        }
        List<DatasetDescription> datasets = new ArrayList<>();
        String single = p.getProperty("dataset");
        if (single != null) {
            datasets.add(dataset(file, p, single.strip(), "", settings));
        } else if (p.getProperty("pattern") != null) {
            throw problem(file, "dataset", "is missing: a top-level pattern needs the id of its dataset");
        }
        for (String id : ids) {
            datasets.add(dataset(file, p, id, "dataset." + id + ".", settings));
        }
        if (datasets.isEmpty()) {
            throw problem(file, "dataset", "is missing: describe one dataset with dataset= and pattern=, or several with"
                    + " dataset.<id>.pattern=");
        }
        String name = p.getProperty("name", "").strip();
        return new ArchiveDescription(name, List.copyOf(datasets));
    }

    private static Set<String> union() {
        Set<String> all = new TreeSet<>(INHERITED);
        all.addAll(OWN);
        return all;
    }

    private static DatasetDescription dataset(Path file, Properties p, String id, String prefix, HttpSettings settings) {
        if (!ID.matcher(id).matches()) {
            throw problem(file, prefix.isEmpty() ? "dataset" : prefix + "pattern", "'" + id
                    + "' is not a dataset id: letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        String patternKey = prefix + "pattern";
        String patternText = p.getProperty(patternKey);
        if (patternText == null || patternText.isBlank()) {
            throw problem(file, patternKey, "is missing: the path of a file relative to the root, e.g."
                    + " {yyyy}/name_{yyyy}{MM}{dd}_v{version}.cdf");
        }
        FilePattern pattern;
        try {
            pattern = FilePattern.parse(patternText.strip());
        } catch (IllegalArgumentException e) {
            throw problem(file, patternKey, e.getMessage());
        }
        FilePeriod period = period(file, p, prefix, pattern);
        return new DatasetDescription(id, p.getProperty(prefix + "description", "").strip(), pattern, period,
                codec(file, p, prefix, pattern), variables(p.getProperty(prefix + "variables", "")), cadence(file, p, prefix),
                tree(file, p, prefix, settings));
    }

    /** The dataset's own value of a key, else the description's. */
    private static String inherited(Properties p, String prefix, String key) {
        String own = p.getProperty(prefix + key);
        return own != null ? own.strip() : p.getProperty(key, "").strip();
    }

    /** Which key a value came from, for messages. */
    private static String keyOf(Properties p, String prefix, String key) {
        return p.getProperty(prefix + key) != null ? prefix + key : key;
    }

    private static FilePeriod period(Path file, Properties p, String prefix, FilePattern pattern) {
        String text = inherited(p, prefix, "period");
        if (text.isEmpty()) {
            return pattern.finestPeriod();
        }
        FilePeriod period;
        try {
            period = FilePeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(file, keyOf(p, prefix, "period"), e.getMessage());
        }
        if (period.unit().compareTo(pattern.finestPeriod().unit()) < 0) {
            throw problem(file, keyOf(p, prefix, "period"), period + " is shorter than the finest time field of the pattern "
                    + pattern + " allows: two files would have the same name");
        }
        return period;
    }

    private static DataCodec codec(Path file, Properties p, String prefix, FilePattern pattern) {
        String name = inherited(p, prefix, "format");
        String known = String.join(", ", Codecs.all().stream().map(FileFormat::name).toList());
        if (name.isEmpty()) {
            String lower = pattern.toString().toLowerCase(Locale.ROOT);
            return Codecs.all().stream().filter(c -> c.extensions().stream().anyMatch(lower::endsWith)).findFirst()
                    .orElseThrow(() -> problem(file, prefix + "format", "is missing and no format claims the ending of "
                            + pattern + ": one of " + known));
        }
        return Codecs.byName(name).orElseThrow(() -> problem(file, keyOf(p, prefix, "format"), "'" + name
                + "' is not a format: one of " + known));
    }

    private static List<String> variables(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Duration cadence(Path file, Properties p, String prefix) {
        String text = inherited(p, prefix, "cadence");
        try {
            return text.isEmpty() ? null : Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(file, keyOf(p, prefix, "cadence"), "'" + text + "' is not a duration like PT1M or PT1H");
        }
    }

    private static FileTree tree(Path file, Properties p, String prefix, HttpSettings settings) {
        String root = inherited(p, prefix, "root");
        String lower = root.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return new HttpTree(URI.create(root), settings);
            } catch (IllegalArgumentException e) {
                throw problem(file, keyOf(p, prefix, "root"), "'" + root + "' is not a URL: " + e.getMessage());
            }
        }
        if (lower.contains("://")) {
            throw problem(file, keyOf(p, prefix, "root"), "'" + root + "': only http and https URLs, or directories, are roots");
        }
        return new LocalTree(file.toAbsolutePath().getParent().resolve(root.isEmpty() ? "." : root).normalize());
    }

    private static IllegalArgumentException problem(Path file, String key, String what) {
        return new IllegalArgumentException("archive description " + file + ": key '" + key + "' " + what);
    }
}
