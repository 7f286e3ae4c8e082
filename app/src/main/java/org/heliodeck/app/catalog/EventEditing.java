package org.heliodeck.app.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.input.KeyEvent;
import org.heliodeck.app.Product;
import org.heliodeck.app.plot.DraggableEdges;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.time.TimeRange;

/**
 * The catalogs on the plot panels: the zones of the visible catalogs on every panel; a Shift-drag
 * adds an event to the active catalog, saved at once, and so does E with the range shown (a box
 * zoom, Ctrl-drag, selects it); a drag of a zone's edge moves the event's
 * start or stop; on the panels, Delete removes the selected event and N / P go to the next /
 * previous event of the active catalog. Undo and redo go through the store (the window's menu
 * binds them to Ctrl+Z and Ctrl+Shift+Z).
 */
public final class EventEditing {

    private final CatalogSession session;
    private final PlotStack stack;
    private final ProviderLookup providers;
    private final CatalogPreferences preferences;
    private final Consumer<String> messages;

    public EventEditing(CatalogSession session, PlotStack stack, ProviderLookup providers, CatalogPreferences preferences,
            Consumer<String> messages) {
        this.session = session;
        this.stack = stack;
        this.providers = providers;
        this.preferences = preferences;
        this.messages = messages;
        stack.addOverlays(session::zoneLayers);
        session.onChange(stack::redraw);
        stack.setMarker(this::create);
        stack.addEdges(this::grab);
        stack.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        session.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.uuid().equals(now.uuid()))) {
                show(now);
            }
        });
    }

    /** Adds an event over {@code interval} to the active catalog, with the products of every panel. */
    public void create(TimeRange interval) {
        Catalog catalog = session.activeProperty().get();
        if (catalog == null) {
            messages.accept("No active catalog to add the event to: choose or create one in the catalog browser");
            return;
        }
        List<Product> products = stack.panels().stream().flatMap(p -> p.products().stream()).distinct().toList();
        session.perform("add an event to " + catalog.name(), store -> store.addEvent(
                EventMetadata.of(interval, preferences.author(), products, providers), List.of(catalog.uuid())),
                added -> {
                    session.setVisible(catalog.uuid(), true);
                    messages.accept("Event added to " + catalog.name());
                });
    }

    /** Adds the range the panels show as an event: after a box zoom onto what the user selected. */
    public void addRangeShown() {
        create(stack.rangeProperty().get());
    }

    public void removeSelected() {
        Event event = session.selectedProperty().get();
        if (event != null) {
            session.perform("remove the event", store -> {
                store.removeEvent(event.uuid());
                return null;
            }, done -> messages.accept("Event removed (Ctrl+Z to undo)"));
        }
    }

    public void undo() {
        session.perform("undo", store -> store.undo(), what -> messages.accept(what.map(w -> "Undone: " + w)
                .orElse("Nothing to undo")));
    }

    public void redo() {
        session.perform("redo", store -> store.redo(), what -> messages.accept(what.map(w -> "Redone: " + w)
                .orElse("Nothing to redo")));
    }

    /** Selects the next event of the active catalog after the selected one (or after the middle of the range shown). */
    public void next() {
        EventNavigation.next(session.events(), reference()).ifPresent(session.selectedProperty()::set);
    }

    public void previous() {
        EventNavigation.previous(session.events(), reference()).ifPresent(session.selectedProperty()::set);
    }

    /** Moves the time range to {@code event} with the margin of the preferences. */
    public void show(Event event) {
        stack.rangeProperty().set(EventNavigation.around(event, preferences.margin()));
    }

    private long reference() {
        Event selected = session.selectedProperty().get();
        TimeRange shown = stack.rangeProperty().get();
        return selected != null ? selected.start() : shown.start() + shown.duration() / 2;
    }

    /** The nearest edge of a drawn event within reach of {@code time}: its start or its stop. Asked at every pointer move. */
    private Optional<DraggableEdges.EdgeDrag> grab(long time, long tolerance) {
        Edge nearest = null;
        long distance = tolerance;
        for (Event e : session.shownEvents()) {
            if (e.start() - tolerance > time || e.stop() + tolerance < time) {
                continue;
            }
            for (Edge edge : new Edge[] {new Edge(e, true), new Edge(e, false)}) {
                if (Math.abs(edge.time() - time) <= distance) {
                    distance = Math.abs(edge.time() - time);
                    nearest = edge;
                }
            }
        }
        return Optional.ofNullable(nearest).map(EdgeMove::new);
    }

    private record Edge(Event event, boolean start) {
        long time() {
            return start ? event.start() : event.stop();
        }
    }

    /** Moves an edge on the panels as the pointer goes (the zones redrawn), and stores the event once released. */
    private final class EdgeMove implements DraggableEdges.EdgeDrag {
        private final Edge edge;
        private Event moved;

        EdgeMove(Edge edge) {
            this.edge = edge;
            this.moved = edge.event();
        }

        @Override
        public void moveTo(long time) {
            Event e = edge.event();
            moved = edge.start() ? e.withTimes(Math.min(time, e.stop()), e.stop()) : e.withTimes(e.start(), Math.max(time, e.start()));
            session.preview(moved);
            stack.redraw();
        }

        @Override
        public void release() {
            if (moved.equals(edge.event())) {
                session.preview(null);
                return;
            }
            // The preview stays until the store has the event, so that the zone does not jump back meanwhile.
            session.perform("move the event's " + (edge.start() ? "start" : "stop"), store -> store.updateEvent(moved),
                    stored -> {})
                    .whenComplete((stored, failed) -> {
                        session.preview(null);
                        stack.redraw();
                    });
        }
    }

    private void key(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case E -> addRangeShown();
            case DELETE, BACK_SPACE -> removeSelected();
            case N -> next();
            case P -> previous();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
