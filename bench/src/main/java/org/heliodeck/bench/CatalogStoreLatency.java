package org.heliodeck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.catalog.predicate.PredicateParser;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue;
import org.heliodeck.formats.catalog.CatalogDocument;
import org.heliodeck.formats.catalog.CatalogueRecord;
import org.heliodeck.formats.catalog.EventRecord;

/**
 * The catalog store's query latency on 10⁵ events of one catalog (1995–2025, 1 h to 3 days long,
 * tags, a rating and two attributes each), in a fresh SQLite file: listing the catalog sorted by
 * start (the first time after opening the file, and once the store has its events in memory), a
 * dynamic catalog (the same two ways), and the events overlapping 1000 random one-day ranges; prints
 * p50, p99 and the maximum.
 * Run with {@code java --enable-native-access=ALL-UNNAMED -cp bench/target/benchmarks.jar org.heliodeck.bench.CatalogStoreLatency [N]}.
 */
public final class CatalogStoreLatency {

    private static final long HOUR = 3_600_000_000_000L;

    private CatalogStoreLatency() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("catalog-bench");
        Random random = new Random(20261124);
        try (CatalogStore store = CatalogStore.open(dir.resolve("catalogs.sqlite"))) {
            long t0 = System.nanoTime();
            store.importDocument(document(count, random), Optional.empty());
            System.out.printf(Locale.ROOT, "%d events imported in %.0f ms (one transaction)%n", count, (System.nanoTime() - t0) / 1e6);
            Catalog catalog = store.requireCatalog("bench");

            long[] firstListing = new long[5];
            long[] firstDynamic = new long[firstListing.length];
            String rule = "rating >= 7 and \"shock\" in tags and duration > 6 h";
            Catalog dynamic = store.createCatalog(Catalog.named("dynamic", Instant.now())
                    .withPredicate(Optional.of(PredicateParser.parse(rule))));
            for (int i = 0; i < firstListing.length; i++) {
                // A new store on the file has nothing decoded: its first listing is what a user waits for after opening.
                try (CatalogStore opened = CatalogStore.open(dir.resolve("catalogs.sqlite"))) {
                    long t = System.nanoTime();
                    opened.events(catalog);
                    firstListing[i] = System.nanoTime() - t;
                }
                try (CatalogStore opened = CatalogStore.open(dir.resolve("catalogs.sqlite"))) {
                    long t = System.nanoTime();
                    opened.events(dynamic);
                    firstDynamic[i] = System.nanoTime() - t;
                }
            }
            report("first listing after open of the catalog (" + count + " events)", firstListing);
            report("first listing after open of a dynamic catalog '" + rule + "'", firstDynamic);
            long[] list = new long[20];
            for (int round = 0; round < 5; round++) {
                store.events(catalog);
            }
            int listed = 0;
            for (int i = 0; i < list.length; i++) {
                long t = System.nanoTime();
                listed = store.events(catalog).size();
                list[i] = System.nanoTime() - t;
            }
            report("list the catalog sorted by start (" + listed + " events)", list);

            for (int round = 0; round < 5; round++) {
                store.events(dynamic);
            }
            long[] dynamicList = new long[20];
            for (int i = 0; i < dynamicList.length; i++) {
                long t = System.nanoTime();
                listed = store.events(dynamic).size();
                dynamicList[i] = System.nanoTime() - t;
            }
            report("list a dynamic catalog '" + rule + "' (" + listed + " events)", dynamicList);

            long first = Tt2000.parse("1995-01-01");
            long span = Tt2000.parse("2025-01-01") - first;
            List<TimeRange> ranges = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                long start = first + (long) (random.nextDouble() * span);
                ranges.add(new TimeRange(start, start + 24 * HOUR));
            }
            for (TimeRange r : ranges) {
                store.overlapping(r);
            }
            long[] overlap = new long[ranges.size()];
            long found = 0;
            for (int i = 0; i < overlap.length; i++) {
                long t = System.nanoTime();
                found += store.overlapping(ranges.get(i)).size();
                overlap[i] = System.nanoTime() - t;
            }
            report(String.format(Locale.ROOT, "events overlapping a day (%.1f events on average)", found / (double) overlap.length), overlap);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static CatalogDocument document(int count, Random random) {
        long first = Tt2000.parse("1995-01-01");
        long span = Tt2000.parse("2025-01-01") - first;
        List<EventRecord> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = first + (long) (random.nextDouble() * span);
            long duration = HOUR + (long) (random.nextDouble() * 71 * HOUR);
            events.add(new EventRecord(UUID.randomUUID(), start, start + duration, "bench", List.of("icme", "shock"),
                    List.of("wi_h0_mfi"), OptionalInt.of(1 + random.nextInt(10)),
                    Map.of("bmax", AttributeValue.real(random.nextDouble() * 40), "origin", AttributeValue.text("bench"))));
        }
        CatalogueRecord catalogue = CatalogueRecord.builder(UUID.randomUUID(), "bench")
                .events(events.stream().map(EventRecord::uuid).toList()).build();
        return CatalogDocument.of(catalogue, events);
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s, %d runs: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
