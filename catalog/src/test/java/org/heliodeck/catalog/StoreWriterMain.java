package org.heliodeck.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.CatalogDocument;
import org.heliodeck.formats.catalog.CatalogueRecord;
import org.heliodeck.formats.catalog.EventRecord;

/**
 * The child process of {@link CrashConsistencyTest}: imports batches of {@value #BATCH} events, each
 * as a catalogue of its own, printing "saved N" after each, until it is killed.
 */
public final class StoreWriterMain {

    static final int BATCH = 500;
    private static final long HOUR = 3_600_000_000_000L;

    private StoreWriterMain() {}

    /** Starts this writer in a JVM of its own, on the store's file; its standard output says what it saved. */
    static Process start(Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED",
                StoreWriterMain.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    public static void main(String[] args) throws Exception {
        try (CatalogStore store = CatalogStore.open(Path.of(args[0]))) {
            for (int batch = store.catalogs().size(); ; batch++) {
                store.importDocument(batch(batch), Optional.empty());
                System.out.println("saved " + batch);
                System.out.flush();
            }
        }
    }

    static CatalogDocument batch(int batch) {
        List<EventRecord> events = new ArrayList<>();
        long base = Tt2000.parse("2000-01-01") + (long) batch * BATCH * HOUR;
        for (int i = 0; i < BATCH; i++) {
            events.add(EventRecord.builder(UUID.randomUUID(), base + i * HOUR, base + i * HOUR + HOUR / 2).author("crash").build());
        }
        CatalogueRecord catalogue = CatalogueRecord.builder(UUID.randomUUID(), "batch " + batch)
                .events(events.stream().map(EventRecord::uuid).toList()).build();
        return CatalogDocument.of(catalogue, events);
    }
}
