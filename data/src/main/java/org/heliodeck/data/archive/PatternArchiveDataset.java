package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.archive.FilePattern.Field;

/**
 * A dataset whose files are named by a {@link FilePattern}: a range is read from the files of the
 * file spans it touches, the highest version of each where several exist, through the codec the
 * description names. No file for a span is a gap, not an error.
 */
final class PatternArchiveDataset implements ArchiveDataset {

    /** A file found while looking for the first or the last one, with the start of its span. */
    private record Found(String path, LocalDateTime start, Map<Field, String> fields) {
        String version() {
            return fields.get(Field.VERSION);
        }
    }

    /** The first and last files: searched for once, as it takes a listing per folder level. */
    private record Ends(Found first, Found last) {}

    private static final Comparator<Found> BY_TIME_THEN_VERSION = Comparator.comparing(Found::start)
            .thenComparing(Found::version, VersionOrder.NUMERIC);

    private final DatasetDescription d;
    private final AtomicReference<Ends> ends = new AtomicReference<>();
    private final AtomicReference<String> newestVersion = new AtomicReference<>();

    PatternArchiveDataset(DatasetDescription description) {
        this.d = description;
    }

    @Override
    public String id() {
        return d.id();
    }

    @Override
    public String description() {
        return d.description();
    }

    @Override
    public boolean isRemote() {
        return d.tree().isRemote();
    }

    /** The highest version among the files seen so far. */
    @Override
    public Optional<String> version() {
        return Optional.ofNullable(newestVersion.get());
    }

    @Override
    public TimeRange coverage() {
        try {
            return ends().map(this::coverage).orElse(null);
        } catch (IOException unreachable) {
            // The coverage is optional in an inventory: a server down now must not hide the dataset.
            return null;
        }
    }

    @Override
    public List<InventoryNode> parameters(String provider) {
        // The last file describes them all: reading more would make an inventory slow.
        String sample = "";
        try (FileTree.Visit visit = d.tree().visit(FetchContext.UNWATCHED)) {
            Optional<Ends> found = ends(visit);
            if (found.isEmpty()) {
                return List.of(unknown(provider, "no file in " + d.tree().location() + " fits " + d.pattern()));
            }
            sample = found.get().last().path();
            Optional<Path> file = visit.file(sample);
            if (file.isEmpty()) {
                return List.of(unknown(provider, sample + " is gone from " + d.tree().location()));
            }
            TimeRange coverage = coverage(found.get());
            List<InventoryNode> nodes = new ArrayList<>();
            for (Variable v : d.codec().read(file.get()).variables()) {
                if (d.variables().isEmpty() || d.variables().contains(v.name())) {
                    nodes.add(node(provider, v, coverage));
                }
            }
            return nodes;
        } catch (IOException | RuntimeException e) {
            return List.of(unknown(provider, "cannot be described: " + d.tree().location() + "/" + sample + ": " + e.getMessage()));
        }
    }

    private InventoryNode node(String provider, Variable v, TimeRange coverage) {
        var m = v.metadata();
        String description = m.attributes().getOrDefault("CATDESC", m.label());
        return new InventoryNode(provider, d.id() + "/" + v.name(), NodeKind.PARAMETER, v.name(), v.name(),
                description.isBlank() ? v.name() : description.strip(), m.units(), d.cadence(), coverage,
                m.coordinateSystem(), m.componentLabels(), Map.of("format", d.codec().name()));
    }

    private InventoryNode unknown(String provider, String why) {
        return new InventoryNode(provider, d.id() + "/?", NodeKind.PARAMETER, "", "?", why, "", null, null, "", List.of(),
                Map.of());
    }

    @Override
    public List<Variable> fetch(List<String> parameters, TimeRange range, FetchContext context) throws IOException {
        for (String p : parameters) {
            if (!d.variables().isEmpty() && !d.variables().contains(p)) {
                throw new IllegalArgumentException("no parameter " + p + " in dataset " + d.id() + ": it has "
                        + String.join(", ", d.variables()));
            }
        }
        Fragments fragments = new Fragments(parameters);
        String path = "";
        try (FileTree.Visit visit = d.tree().visit(context)) {
            for (LocalDateTime start : d.period().startsWithin(range)) {
                context.checkNotCancelled();
                path = "";
                Optional<String> found = fileAt(visit, start);
                if (found.isEmpty()) {
                    continue;
                }
                path = found.get();
                Optional<Path> file = visit.file(path);
                if (file.isPresent()) {
                    fragments.add(read(file.get(), parameters, range));
                }
            }
        } catch (IOException | DataFormatException e) {
            throw new IOException("dataset " + d.id() + " of " + d.tree().location() + ", " + range + ": "
                    + (path.isEmpty() ? "" : path + ": ") + e.getMessage(), e);
        }
        return fragments.merged(d.id(), range);
    }

    /** The path of the file of the span starting at {@code start}: its highest version, when the pattern has one. */
    private Optional<String> fileAt(FileTree.Visit visit, LocalDateTime start) throws IOException {
        String folder = d.pattern().folder(start);
        if (!d.pattern().versioned()) {
            return Optional.of(folder + d.pattern().name(start));
        }
        Pattern name = d.pattern().nameAt(start);
        String best = null;
        String bestVersion = null;
        for (String listed : visit.list(folder)) {
            Matcher m = name.matcher(listed);
            if (m.matches() && (best == null || VersionOrder.NUMERIC.compare(m.group(1), bestVersion) > 0)) {
                best = listed;
                bestVersion = m.group(1);
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        noteVersion(bestVersion);
        return Optional.of(folder + best);
    }

    private void noteVersion(String version) {
        newestVersion.accumulateAndGet(version, (a, b) -> a == null || VersionOrder.NUMERIC.compare(b, a) > 0 ? b : a);
    }

    private List<Variable> read(Path file, List<String> parameters, TimeRange range) throws IOException {
        List<Variable> out = new ArrayList<>();
        for (Variable v : d.codec().read(file).variables()) {
            if (parameters.contains(v.name())) {
                out.add(v.slice(range));
            }
        }
        return out;
    }

    private Optional<Ends> ends() throws IOException {
        if (ends.get() != null) {
            return Optional.of(ends.get());
        }
        try (FileTree.Visit visit = d.tree().visit(FetchContext.UNWATCHED)) {
            return ends(visit);
        }
    }

    private Optional<Ends> ends(FileTree.Visit visit) throws IOException {
        Ends known = ends.get();
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Found> first = end(visit, 0, "", Map.of(), false);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Found last = end(visit, 0, "", Map.of(), true).orElseThrow();
        if (last.version() != null) {
            noteVersion(last.version());
        }
        ends.set(new Ends(first.get(), last));
        return Optional.of(ends.get());
    }

    private TimeRange coverage(Ends e) {
        return new TimeRange(FilePeriod.tt2000(e.first().start()), FilePeriod.tt2000(d.period().next(e.last().start())));
    }

    /**
     * The first (or last) file below {@code folder}, going down the folders of the pattern in time
     * order and stopping at the first one that holds a file.
     */
    private Optional<Found> end(FileTree.Visit visit, int depth, String folder, Map<Field, String> above, boolean last)
            throws IOException {
        boolean fileLevel = depth == d.pattern().depth() - 1;
        List<Found> candidates = new ArrayList<>();
        for (String listed : visit.list(folder)) {
            boolean isFolder = listed.endsWith("/");
            if (isFolder == fileLevel) {
                continue;
            }
            String name = isFolder ? listed.substring(0, listed.length() - 1) : listed;
            Optional<Map<Field, String>> fields = d.pattern().match(depth, name, above);
            Optional<LocalDateTime> start = fields.flatMap(FilePattern::time);
            if (start.isPresent()) {
                candidates.add(new Found(folder + listed, start.get(), fields.get()));
            }
        }
        candidates.sort(last ? BY_TIME_THEN_VERSION.reversed() : BY_TIME_THEN_VERSION);
        if (fileLevel) {
            return candidates.stream().findFirst();
        }
        for (Found c : candidates) {
            Optional<Found> below = end(visit, depth + 1, c.path(), c.fields(), last);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }
}
