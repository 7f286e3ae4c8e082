package org.heliodeck.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the catalog browser's buttons do, on a store in a temporary file: the published ICME list
 * imported and exported again, clone, merge, extend, a dynamic catalog from a filter, the
 * preferences file, and the reference boundaries of the position maps.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogActionsTest {

    private static final long HOUR = 3_600_000_000_000L;

    @TempDir
    Path directory;

    private CatalogStore store;
    private CatalogSession session;
    private CatalogActions actions;
    private final List<String> messages = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        store = CatalogStore.open(directory.resolve("catalogs.sqlite"));
        session = new CatalogSession(store, messages::add);
        actions = new CatalogActions(session, messages::add);
    }

    @AfterEach
    void close() throws IOException {
        session.close();
        store.close();
    }

    @Test
    void theIcmeListImportsExportsClonesMergesAndExtends() throws Exception {
        Path icme = SharedData.file("catalogs/icme_nguyen2019.csv");
        Catalog imported = get(actions.importFile(icme)).catalogs().getFirst();
        List<Event> events = store.events(imported);
        assertThat(events).hasSize(653);
        assertThat(session.activeProperty().get().uuid()).isEqualTo(imported.uuid());
        assertThat(session.isVisible(imported.uuid())).isTrue();

        Path out = directory.resolve("icme.json");
        get(actions.export(imported, out));
        assertThat(Files.readString(out)).contains(events.getFirst().uuid().toString());

        Catalog copy = get(actions.cloneAs(imported, "ICME copy"));
        assertThat(store.events(copy)).hasSameSizeAs(events);

        Catalog mine = get(actions.create("mine", "me"));
        store.addEvent(Event.of(events.getFirst().start(), events.getFirst().start() + HOUR, Instant.now()), List.of(mine.uuid()));
        Catalog merged = get(actions.merge(List.of(imported, mine), "both"));
        assertThat(store.events(merged)).hasSize(654);

        assertThat(get(actions.extend(mine, imported))).isEqualTo(653);
        assertThat(store.events(store.requireCatalog("mine"))).hasSize(654);
        store.undo();
        assertThat(store.events(store.requireCatalog("mine"))).hasSize(1);
    }

    @Test
    void aDynamicCatalogHoldsTheEventsItsFilterMatches() throws Exception {
        Catalog plain = get(actions.create("plain", "me"));
        long t = TimeRange.of("2003-10-29", "2003-10-30").start();
        store.addEvent(Event.of(t, t + 10 * HOUR, Instant.now()).withRating(OptionalInt.of(9)), List.of(plain.uuid()));
        store.addEvent(Event.of(t, t + 2 * HOUR, Instant.now()).withRating(OptionalInt.of(9)), List.of(plain.uuid()));
        store.addEvent(Event.of(t, t + 10 * HOUR, Instant.now()).withRating(OptionalInt.of(3)), List.of(plain.uuid()));

        Catalog strong = get(actions.dynamic("strong", "rating >= 7 and duration > 6 h", "me"));
        assertThat(strong.dynamic()).isTrue();
        assertThat(store.events(strong)).singleElement().satisfies(e -> {
            assertThat(e.rating()).hasValue(9);
            assertThat(e.stop() - e.start()).isEqualTo(10 * HOUR);
        });

        assertThatThrownBy(() -> get(actions.dynamic("broken", "rating >=", "me"))).isInstanceOf(ExecutionException.class);
        assertThat(messages).anyMatch(m -> m.startsWith("Cannot create the dynamic catalog broken"));
        assertThat(store.catalog("broken")).isEmpty();
    }

    @Test
    void thePreferencesFileKeepsTheAuthorAndMargin() throws IOException {
        Path config = directory.resolve("config");
        assertThat(CatalogPreferences.read(config)).isEqualTo(CatalogPreferences.defaults());
        new CatalogPreferences("Ada", 0.5).write(config);
        assertThat(CatalogPreferences.read(config)).isEqualTo(new CatalogPreferences("Ada", 0.5));
        Files.writeString(config.resolve(CatalogPreferences.FILE_NAME), "margin=-1\n");
        assertThatThrownBy(() -> CatalogPreferences.read(config)).isInstanceOf(IOException.class)
                .hasMessageContaining(CatalogPreferences.FILE_NAME).hasMessageContaining("-1");
    }

    @Test
    void theBoundariesHaveTheirNominalNoses() {
        // Shue et al. (1998) at 2 nPa and Bz = 0: r0 = 10.25 Re; the conic bow shock's nose at L / (1 + ε) = 13.7 Re.
        double[][] magnetopause = NominalBoundaries.magnetopause(2.6, 121);
        double[][] shock = NominalBoundaries.bowShock(2.3, 121);
        assertThat(magnetopause[0][60]).isCloseTo(10.25, within(0.01));
        assertThat(magnetopause[1][60]).isCloseTo(0, within(1e-9));
        assertThat(shock[0][60]).isCloseTo(13.70, within(0.01));
        // The magnetopause flares: at the terminator (θ = 90°) r = r0 2^α.
        assertThat(Math.hypot(NominalBoundaries.magnetopause(Math.PI / 2, 2)[0][1], NominalBoundaries.magnetopause(Math.PI / 2, 2)[1][1]))
                .isCloseTo(10.25 * Math.pow(2, 0.5896), within(0.01));
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(15, TimeUnit.SECONDS);
    }
}
