package org.heliodeck.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.heliodeck.catalog.predicate.PredicateParser;

/**
 * Whatever this store's edits, its listings (served from what it has decoded, updated edit by edit)
 * are what a store reading the file afresh lists.
 */
class ListingFollowsEditsPropertiesTest {

    /** One edit, with numbers that pick events and catalogs among those there are. */
    record Step(int kind, int event, int catalog, int value) {}

    @Property(tries = 15)
    void listingsAreWhatTheFileHolds(@ForAll("steps") List<Step> steps) throws IOException {
        Path dir = Files.createTempDirectory("listings");
        Path file = dir.resolve("catalogs.sqlite");
        try (CatalogStore store = CatalogStore.open(file); CatalogStore fresh = CatalogStore.open(file)) {
            // Made by the other store, so that this one's undo never takes them back.
            Catalog a = fresh.createCatalog(Catalog.named("A", Samples.T0));
            List<Catalog> catalogs = List.of(a, fresh.createCatalog(Catalog.named("B", Samples.T0)),
                    dynamic(fresh, "rated", "rating >= 5"),
                    dynamic(fresh, "early and rated", "start < '2010-01-03' and author ~ 'Al' and not rating == 3"),
                    dynamic(fresh, "in A or rated", "in catalog '" + a.uuid() + "' or rating > 8"));
            List<Event> events = new ArrayList<>();
            for (Step step : steps) {
                apply(store, step, catalogs, events);
                for (Catalog c : catalogs) {
                    // The other store sees a commit it did not make, so it reads the tables again.
                    assertThat(store.events(c)).as(c.name() + " after " + step).containsExactlyElementsOf(fresh.events(c));
                }
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static Catalog dynamic(CatalogStore store, String name, String rule) throws IOException {
        return store.createCatalog(Catalog.named(name, Samples.T0).withPredicate(Optional.of(PredicateParser.parse(rule))));
    }

    private static void apply(CatalogStore store, Step step, List<Catalog> catalogs, List<Event> events) throws IOException {
        Catalog catalog = catalogs.get(step.catalog() % catalogs.size());
        Optional<Event> picked = events.isEmpty() ? Optional.empty() : Optional.of(events.get(step.event() % events.size()));
        switch (step.kind()) {
            case 0 -> {
                // Several events on one day, so that starts tie.
                String day = String.format("2010-01-%02d", 1 + step.value() % 5);
                Event e = Samples.event(day, day + "T12:00", List.of(), 1 + step.value() % 10, Map.of());
                events.add(store.addEvent(e, step.catalog() % 4 == 3 ? List.of() : List.of(catalog.uuid())));
            }
            case 1 -> {
                if (picked.isPresent() && store.event(picked.get().uuid()).isPresent()) {
                    Event e = store.event(picked.get().uuid()).orElseThrow();
                    store.updateEvent(e.withTimes(e.start() - step.value() * 3_600_000_000_000L, e.stop())
                            .withRating(OptionalInt.of(1 + step.value() % 10)));
                }
            }
            case 2 -> {
                if (picked.isPresent() && store.event(picked.get().uuid()).isPresent()) {
                    store.removeEvent(picked.get().uuid());
                } else if (picked.isPresent()) {
                    restoreIfStored(store, picked.get());
                }
            }
            case 3 -> {
                if (picked.isPresent() && store.event(picked.get().uuid()).isPresent()) {
                    store.assign(catalog.uuid(), List.of(picked.get().uuid()));
                }
            }
            case 4 -> {
                if (picked.isPresent() && store.event(picked.get().uuid()).isPresent()) {
                    store.unassign(catalog.uuid(), List.of(picked.get().uuid()));
                }
            }
            case 5 -> store.undo();
            default -> store.redo();
        }
    }

    /** Restores a removed event; an event whose addition was undone has no row left to restore. */
    private static void restoreIfStored(CatalogStore store, Event e) throws IOException {
        try {
            store.restoreEvent(e.uuid());
        } catch (IllegalArgumentException noRow) {
            assertThat(noRow).hasMessageStartingWith("no event " + e.uuid());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 40)).as(Step::new);
        return step.list().ofMinSize(3).ofMaxSize(14);
    }
}
