package org.heliodeck.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.formats.catalog.CatalogCodec;
import org.heliodeck.formats.catalog.CatalogCodecs;
import org.heliodeck.formats.catalog.EventRecord;
import org.heliodeck.ml.eval.EventScoring;

/**
 * The events of a catalog as plain intervals sorted by start, with an id saying where they came
 * from (recorded in a model file): a catalog file in any format the formats module reads (event CSV,
 * ICME list, tscat JSON, AMDA VOTable), or a catalog of the user's store.
 *
 * @param id {@code file:NAME} or {@code store:NAME}
 */
public record LabelCatalog(String id, List<TimeRange> events) {

    public LabelCatalog {
        events = events.stream().sorted(Comparator.comparingLong(TimeRange::start).thenComparingLong(TimeRange::stop)).toList();
    }

    /** Every event of a catalog file. */
    public static LabelCatalog readFile(Path file) throws IOException {
        CatalogCodec codec = CatalogCodecs.forFile(file).orElseThrow(() -> new IllegalArgumentException(
                file + ": not a catalog format Heliodeck reads (event CSV, tscat JSON, AMDA VOTable)"));
        List<TimeRange> events = codec.read(file).events().stream().map(LabelCatalog::interval).toList();
        return new LabelCatalog("file:" + file.getFileName(), events);
    }

    /**
     * {@code name} as a file when one exists at that path, else as the name of a catalog of {@code store}.
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static LabelCatalog resolve(String name, Optional<CatalogStore> store) throws IOException {
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            return readFile(file);
        }
        if (store.isPresent()) {
            var catalog = store.get().catalog(name);
            if (catalog.isPresent()) {
                List<TimeRange> events = store.get().events(catalog.get()).stream().map(LabelCatalog::interval).toList();
                return new LabelCatalog("store:" + name, events);
            }
        }
        throw new IllegalArgumentException("'" + name + "' is neither a catalog file nor a catalog of "
                + store.map(s -> "the store " + s.file()).orElse("the store (none open)"));
    }

    /** The events that share an instant with {@code range}. */
    public List<TimeRange> within(TimeRange range) {
        return EventScoring.within(events, range);
    }

    private static TimeRange interval(EventRecord e) {
        return new TimeRange(e.start(), e.stop());
    }

    private static TimeRange interval(Event e) {
        return new TimeRange(e.start(), e.stop());
    }
}
