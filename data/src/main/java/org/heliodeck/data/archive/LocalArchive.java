package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.heliodeck.core.model.FragmentMerger;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.Provider;

/**
 * A directory of data files in a known layout, as a provider: OMNI2 yearly files, or CDF files with
 * their day in their names (grouped into datasets by the name before the date). Needs no description
 * file; subdirectories are searched too (archives are often laid out by year).
 */
public final class LocalArchive implements Provider {

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
     * Looks at a directory and recognises its datasets.
     *
     * @throws IllegalArgumentException when the directory holds no file of a known layout
     */
    public static LocalArchive open(String name, Path directory) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a directory");
        }
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
                    + " with a yyyymmdd date in their names) among its " + files.size() + " files");
        }
        return new LocalArchive(name, root, datasets);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isRemote() {
        return false;
    }

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
        nodes.add(new InventoryNode(name, "", NodeKind.PROVIDER, "", name, "local archive " + root, "", null, null, "",
                List.of(), Map.of("root", root.toString())));
        for (ArchiveDataset d : datasets.values()) {
            nodes.add(new InventoryNode(name, d.id(), NodeKind.DATASET, d.id(), d.id(), d.id() + " in " + root, "", null,
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
        Map<String, List<Variable>> pieces = new LinkedHashMap<>();
        for (String p : parameters) {
            pieces.put(p, new ArrayList<>());
        }
        for (Path file : d.filesFor(range)) {
            context.checkNotCancelled();
            for (Variable v : d.read(file, parameters, range)) {
                pieces.get(v.name()).add(v);
            }
            context.bytesReceived().accept(Files.size(file));
        }
        List<Variable> out = new ArrayList<>();
        for (Map.Entry<String, List<Variable>> e : pieces.entrySet()) {
            if (e.getValue().isEmpty()) {
                if (d.filesFor(range).isEmpty()) {
                    continue;
                }
                throw new IllegalArgumentException("no parameter " + e.getKey() + " in dataset " + dataset + " of archive " + name);
            }
            out.add(FragmentMerger.merge(e.getValue()));
        }
        return out;
    }
}
