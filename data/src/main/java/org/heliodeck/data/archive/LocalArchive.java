package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.Provider;
import org.heliodeck.data.http.HttpSettings;

/**
 * An archive of data files as a provider. Either described by a {@value #DESCRIPTION} file (see
 * {@link ArchiveDescription}): its files may then be anywhere on this machine or on a web server,
 * named by any pattern; or a directory in a known layout, needing no description: OMNI2 yearly
 * files, or CDF files with their day in their names (grouped into datasets by the name before the
 * date), subdirectories searched too (archives are often laid out by year).
 */
public final class LocalArchive implements Provider {

    /** The name of the file describing an archive, in its directory or given instead of the directory. */
    public static final String DESCRIPTION = ArchiveDescription.FILE_NAME;

    private static final int MAX_DEPTH = 4;

    private final String name;
    private final Path root;
    private final Map<String, ArchiveDataset> datasets;

    private LocalArchive(String name, Path root, Map<String, ArchiveDataset> datasets) {
        this.name = name;
        this.root = root;
        this.datasets = datasets;
    }

    /**
     * Opens an archive: a description file, a directory holding one, or a directory of a known
     * layout; remote files are fetched with the default HTTP settings.
     *
     * @throws IllegalArgumentException when the description is malformed (naming the file and the
     *     key) or the directory holds no description and no file of a known layout
     */
    public static LocalArchive open(String name, Path location) throws IOException {
        return open(name, location, HttpSettings.DEFAULTS);
    }

    /** {@link #open(String, Path)}, fetching the files of a remote root with {@code settings}. */
    public static LocalArchive open(String name, Path location, HttpSettings settings) throws IOException {
        Path path = location.toAbsolutePath().normalize();
        Optional<Path> description = description(path);
        if (description.isPresent()) {
            Map<String, ArchiveDataset> datasets = new LinkedHashMap<>();
            for (DatasetDescription d : ArchiveDescription.read(description.get(), settings).datasets()) {
                datasets.put(d.id(), new PatternArchiveDataset(d));
            }
            return new LocalArchive(name, description.get().getParent(), datasets);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + " is neither a directory nor an archive description");
        }
        return recognised(name, path);
    }

    /**
     * The name an archive gives itself: the {@code name} of its description, else the name of its
     * directory (for {@code heliodeck archive add} without {@code --name}).
     */
    public static String defaultName(Path location) throws IOException {
        Path path = location.toAbsolutePath().normalize();
        Optional<Path> description = description(path);
        if (description.isPresent()) {
            String described = ArchiveDescription.read(description.get(), HttpSettings.DEFAULTS).name();
            if (!described.isEmpty()) {
                return described;
            }
            path = description.get().getParent();
        }
        return path.getFileName() == null ? "archive" : path.getFileName().toString();
    }

    /** The description file at or in {@code path}, if there is one. */
    private static Optional<Path> description(Path path) {
        if (Files.isRegularFile(path)) {
            return Optional.of(path);
        }
        Path inside = path.resolve(DESCRIPTION);
        return Files.isRegularFile(inside) ? Optional.of(inside) : Optional.empty();
    }

    private static LocalArchive recognised(String name, Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, ArchiveDataset> datasets = new LinkedHashMap<>();
        Omni2Dataset omni = Omni2Dataset.among(files);
        if (omni != null) {
            datasets.put(omni.id(), omni);
        }
        for (DatedCdfDataset d : DatedCdfDataset.among(files)) {
            datasets.putIfAbsent(d.id(), d);
        }
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException(root + " holds no data files Heliodeck recognises (omni2_YYYY.dat, or CDF files"
                    + " with a yyyymmdd date in their names) among its " + files.size() + " files, and no " + DESCRIPTION);
        }
        return new LocalArchive(name, root, datasets);
    }

    @Override
    public String name() {
        return name;
    }

    /** Whether a dataset's files come from a web server: then the cache keeps what is fetched. */
    @Override
    public boolean isRemote() {
        return datasets.values().stream().anyMatch(ArchiveDataset::isRemote);
    }

    @Override
    public Optional<String> version(String dataset) {
        ArchiveDataset d = datasets.get(dataset);
        return d == null ? Optional.empty() : d.version();
    }

    /** The directory of the archive, or of its description. */
    public Path root() {
        return root;
    }

    /** The ids of the datasets found. */
    public List<String> datasets() {
        return List.copyOf(datasets.keySet());
    }

    @Override
    public List<InventoryNode> inventory() {
        List<InventoryNode> nodes = new ArrayList<>();
        nodes.add(new InventoryNode(name, "", NodeKind.PROVIDER, "", name, "archive " + root, "", null, null, "",
                List.of(), Map.of("root", root.toString())));
        for (ArchiveDataset d : datasets.values()) {
            nodes.add(new InventoryNode(name, d.id(), NodeKind.DATASET, d.id(), d.id(),
                    d.description().isEmpty() ? d.id() + " in " + root : d.description(), "", null,
                    d.coverage(), "", List.of(), Map.of()));
            nodes.addAll(d.parameters(name));
        }
        return nodes;
    }

    @Override
    public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context) throws IOException {
        ArchiveDataset d = datasets.get(dataset);
        if (d == null) {
            throw new IllegalArgumentException("no dataset " + dataset + " in archive " + name + " (" + root + "); it has "
                    + String.join(", ", datasets.keySet()));
        }
        return d.fetch(parameters, range, context);
    }
}
