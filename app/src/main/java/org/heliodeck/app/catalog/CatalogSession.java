package org.heliodeck.app.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.CatalogStore;
import org.heliodeck.catalog.Event;
import org.heliodeck.plot.figure.Layer;
import org.heliodeck.plot.figure.ZoneLayer;

/**
 * The catalogs as the window shows them: the store's catalogs, which are visible (drawn as zones),
 * which is active (new events go there, its events fill the table), and the selected event. Every
 * store call runs on one worker thread, one after another, and its result is applied on the FX
 * thread; after each edit the catalogs and events are read again, so that what is shown is what is
 * stored. Errors go to {@code messages}.
 */
public final class CatalogSession implements AutoCloseable {

    /** Work on the store, off the FX thread. */
    @FunctionalInterface
    public interface StoreWork<T> {
        T run(CatalogStore store) throws IOException;
    }

    private final CatalogStore store;
    private final Consumer<String> messages;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalog store");
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<Catalog> catalogs = FXCollections.observableArrayList();
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObjectProperty<Catalog> active = new SimpleObjectProperty<>(this, "active");
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>(this, "selected");
    private final Set<UUID> visible = new HashSet<>();
    /** The events of each visible catalog, as last read. */
    private final Map<UUID, List<Event>> shown = new LinkedHashMap<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private Map<UUID, javafx.scene.paint.Color> colours = Map.of();
    /** An event being edited on the panels, drawn in place of its stored self until stored. */
    private Event preview;

    public CatalogSession(CatalogStore store, Consumer<String> messages) {
        this.store = store;
        this.messages = messages;
        active.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.uuid().equals(now.uuid()))) {
                selected.set(null);
                refresh();
            }
        });
    }

    public CatalogStore store() {
        return store;
    }

    /** The catalogs not removed, by name. FX thread. */
    public ObservableList<Catalog> catalogs() {
        return catalogs;
    }

    /** The events of the active catalog, by start. FX thread. */
    public ObservableList<Event> events() {
        return events;
    }

    /** The catalog new events go to and whose events are listed. */
    public ObjectProperty<Catalog> activeProperty() {
        return active;
    }

    public ObjectProperty<Event> selectedProperty() {
        return selected;
    }

    public boolean isVisible(UUID catalog) {
        return visible.contains(catalog);
    }

    /** Shows or hides a catalog's zones. */
    public void setVisible(UUID catalog, boolean show) {
        if (show ? visible.add(catalog) : visible.remove(catalog)) {
            refresh();
        }
    }

    /** Called on the FX thread after every read of the store (the zones to draw again). */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** The colour of each catalog of the list. FX thread. */
    public javafx.scene.paint.Color colour(UUID catalog) {
        return colours.getOrDefault(catalog, javafx.scene.paint.Color.GRAY);
    }

    /** The events of the visible catalogs as zones, one layer per catalog. FX thread. */
    public List<Layer> zoneLayers() {
        List<Layer> layers = new ArrayList<>();
        for (Catalog c : catalogs) {
            List<Event> of = shown.get(c.uuid());
            if (of != null) {
                layers.add(new UnlistedZones(new ZoneLayer(c.name(), colour(c.uuid()),
                        of.stream().map(this::previewed).map(e -> new ZoneLayer.Zone(e.range(), String.join(", ", e.tags())))
                                .toList())));
            }
        }
        return layers;
    }

    /** Draws {@code edited} in place of the stored event of its uuid until the next read of the store; null for none. */
    public void preview(Event edited) {
        preview = edited;
    }

    private Event previewed(Event stored) {
        return preview != null && preview.uuid().equals(stored.uuid()) ? preview : stored;
    }

    /** The events drawn, of every visible catalog (one in two catalogs comes twice). FX thread. */
    public List<Event> shownEvents() {
        return shown.values().stream().flatMap(List::stream).toList();
    }

    /** Reads the store again: catalogs, the active catalog's events, the visible ones'. */
    public CompletableFuture<Void> refresh() {
        return perform("read the catalogs", s -> null, nothing -> {});
    }

    /**
     * Runs {@code work} on the store, then reads it again and hands the result to {@code then} on the
     * FX thread. A failure is reported to the messages, naming {@code what}.
     */
    public <T> CompletableFuture<T> perform(String what, StoreWork<T> work, Consumer<T> then) {
        CompletableFuture<T> done = new CompletableFuture<>();
        read(work).whenComplete((result, failed) -> Platform.runLater(() -> {
            if (failed != null) {
                Throwable cause = failed instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : failed;
                messages.accept("Cannot " + what + ": " + cause.getMessage());
                done.completeExceptionally(cause);
            } else {
                then.accept(result);
                done.complete(result);
            }
        }));
        return done;
    }

    /** A snapshot of the store after {@code work}, taken on the worker. */
    private record Snapshot<T>(T result, List<Catalog> catalogs, List<Event> events, Map<UUID, List<Event>> shown) {}

    private <T> CompletableFuture<T> read(StoreWork<T> work) {
        Catalog wanted = active.get();
        Set<UUID> show = Set.copyOf(visible);
        CompletableFuture<Snapshot<T>> snapshot = CompletableFuture.supplyAsync(() -> {
            try {
                T result = work.run(store);
                List<Catalog> all = store.catalogs();
                Optional<Catalog> current = wanted == null ? Optional.empty()
                        : all.stream().filter(c -> c.uuid().equals(wanted.uuid())).findFirst();
                Map<UUID, List<Event>> drawn = new LinkedHashMap<>();
                for (Catalog c : all) {
                    if (show.contains(c.uuid())) {
                        drawn.put(c.uuid(), store.events(c));
                    }
                }
                List<Event> listed = current.isEmpty() ? List.of()
                        : drawn.containsKey(current.get().uuid()) ? drawn.get(current.get().uuid()) : store.events(current.get());
                return new Snapshot<>(result, all, listed, drawn);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, worker);
        CompletableFuture<T> applied = new CompletableFuture<>();
        snapshot.whenComplete((s, failed) -> Platform.runLater(() -> {
            if (failed != null) {
                Throwable cause = failed.getCause() instanceof java.io.UncheckedIOException u ? u.getCause()
                        : failed.getCause() != null ? failed.getCause() : failed;
                applied.completeExceptionally(cause);
                return;
            }
            apply(s);
            applied.complete(s.result());
        }));
        return applied;
    }

    private void apply(Snapshot<?> s) {
        colours = CatalogColors.of(s.catalogs().stream().map(Catalog::uuid).toList());
        catalogs.setAll(s.catalogs());
        Catalog current = active.get();
        if (current != null) {
            s.catalogs().stream().filter(c -> c.uuid().equals(current.uuid())).findFirst()
                    .ifPresentOrElse(active::set, () -> active.set(null));
        }
        Event was = selected.get();
        events.setAll(s.events());
        shown.clear();
        shown.putAll(s.shown());
        if (was != null) {
            selected.set(s.events().stream().filter(e -> e.uuid().equals(was.uuid())).findFirst().orElse(null));
        }
        changeListeners.forEach(Runnable::run);
    }

    /** Waits for the work queued, then stops the worker; the store is the caller's to close. */
    @Override
    public void close() {
        worker.shutdown();
    }
}
