package org.heliodeck.app.learn;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.heliodeck.app.Product;
import org.heliodeck.app.catalog.CatalogPreferences;
import org.heliodeck.app.catalog.CatalogSession;
import org.heliodeck.app.catalog.EventNavigation;
import org.heliodeck.app.plot.DraggableEdges;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.Suggestion;

/**
 * The suggestions of the last scan, to accept or reject one by one. In the table: A accepts the
 * selected one (it becomes an event of the target catalog and leaves the list), R rejects it (it
 * leaves the list), N / P select the next / previous one, [ and ] move its start and its stop one
 * step of the model's cadence outwards, Shift+[ and Shift+] inwards. On the panels, a drag of a
 * suggestion's edge moves it too (its zones are drawn over the catalogs', so its edges are grabbed
 * first), and a click in its zone selects it. Selecting a suggestion moves the panels to it, with the margin the catalog navigation keeps
 * around an event; adjusting one leaves the range alone. The keys act in the table only: on the
 * panels, N and P go through the active catalog's events.
 */
final class SuggestionReview extends VBox {

    private static final IsoTimeFormat MINUTES = new IsoTimeFormat(0, false);

    /** Where accepted suggestions come from: the products and name of the detector that made them, its cadence. */
    record Source(List<Product> products, String detector, Duration cadence) {}

    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final TableView<Suggestion> table = new TableView<>(suggestions);
    private final ComboBox<Catalog> target = new ComboBox<>();
    private final CatalogSession session;
    private final PlotStack stack;
    private final ProviderLookup providers;
    private final CatalogPreferences preferences;
    private final Consumer<String> messages;
    private Source source;
    /** Set while a suggestion is replaced by its adjusted self: the range stays where the user is looking. */
    private boolean adjusting;

    SuggestionReview(CatalogSession session, PlotStack stack, ProviderLookup providers, CatalogPreferences preferences,
            Consumer<String> messages) {
        super(6);
        this.session = session;
        this.stack = stack;
        this.providers = providers;
        this.preferences = preferences;
        this.messages = messages;
        target.setId("accept-target");
        target.setItems(session.catalogs());
        target.setCellFactory(list -> new CatalogNameCell());
        target.setButtonCell(new CatalogNameCell());
        table.setId("suggestions");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("Scan a range to see suggestions here"));
        table.getColumns().setAll(List.of(
                column("Start", s -> MINUTES.format(s.range().start()), 170),
                column("Stop", s -> MINUTES.format(s.range().stop()), 170),
                column("Hours", s -> String.format(Locale.ROOT, "%.1f", s.range().duration() / 3.6e12), 60),
                column("Confidence", s -> String.format(Locale.ROOT, "%.2f", s.confidence()), 90)));
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !adjusting) {
                stack.rangeProperty().set(EventNavigation.around(now.range(), preferences.margin()));
            }
            stack.redraw();
        });
        suggestions.addListener((ListChangeListener<Suggestion>) change -> stack.redraw());
        Label keys = new Label("A accept · R reject · N / P next / previous · [ ] widen start / stop, with Shift narrow");
        keys.getStyleClass().add("hint");
        HBox targetRow = new HBox(6, new Label("Accept into"), target);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(targetRow, table, keys);
        stack.addOverlays(new SuggestionZones(suggestions, table.getSelectionModel()));
        stack.addEdges(this::grab);
        stack.addClickListener(this::selectAt);
    }

    /** Shows the suggestions of a scan of {@code from}'s detector, the first selected. FX thread. */
    void show(List<Suggestion> found, Source from) {
        source = from;
        suggestions.setAll(found);
        if (!found.isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    TableView<Suggestion> table() {
        return table;
    }

    ComboBox<Catalog> target() {
        return target;
    }

    /** Makes the selected suggestion an event of the target catalog, with its confidence and detector recorded. */
    void accept() {
        Suggestion chosen = table.getSelectionModel().getSelectedItem();
        Catalog into = target.getValue();
        if (chosen == null) {
            return;
        }
        if (into == null) {
            messages.accept("Choose the catalog accepted suggestions go into");
            return;
        }
        Source from = source;
        String author = preferences.author();
        session.perform("accept the suggestion into " + into.name(), store -> store.addEvent(
                AcceptedSuggestion.of(chosen, author, from.products(), providers, from.detector()), List.of(into.uuid())),
                added -> {
                    session.setVisible(into.uuid(), true);
                    drop(chosen);
                    messages.accept("Suggestion accepted into " + into.name());
                });
    }

    /** Takes the selected suggestion off the list and the panels. */
    void reject() {
        Suggestion chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            drop(chosen);
        }
    }

    void next() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i + 1 < suggestions.size()) {
            table.getSelectionModel().select(i + 1);
        }
    }

    void previous() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i > 0) {
            table.getSelectionModel().select(i - 1);
        }
    }

    /** Moves the selected suggestion's start ({@code start}) or stop by {@code steps} of the cadence; it keeps at least one step. */
    void nudge(boolean start, int steps) {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        Suggestion s = suggestions.get(i);
        long by = source.cadence().toNanos() * steps;
        long min = source.cadence().toNanos();
        TimeRange r = s.range();
        TimeRange moved = start ? new TimeRange(Math.min(r.start() + by, r.stop() - min), r.stop())
                : new TimeRange(r.start(), Math.max(r.stop() + by, r.start() + min));
        replace(i, new Suggestion(moved, s.confidence()));
    }

    /** Puts {@code adjusted} in place of the suggestion at {@code i} and selects it, the range left as it is. */
    private void replace(int i, Suggestion adjusted) {
        adjusting = true;
        try {
            suggestions.set(i, adjusted);
            table.getSelectionModel().select(i);
        } finally {
            adjusting = false;
        }
    }

    /** Selects the suggestion over {@code time}, clicked on a panel, if there is one: the list follows the plots. */
    private void selectAt(long time) {
        suggestions.stream().filter(s -> s.range().contains(time)).findFirst().ifPresent(table.getSelectionModel()::select);
    }

    /** The nearest edge of a suggestion within {@code tolerance} of {@code time}, if any. FX thread, at every pointer move. */
    private Optional<DraggableEdges.EdgeDrag> grab(long time, long tolerance) {
        int nearest = -1;
        boolean start = false;
        long distance = tolerance;
        for (int i = 0; i < suggestions.size(); i++) {
            TimeRange r = suggestions.get(i).range();
            for (boolean atStart : new boolean[] {true, false}) {
                long d = Math.abs((atStart ? r.start() : r.stop()) - time);
                if (d <= distance) {
                    distance = d;
                    nearest = i;
                    start = atStart;
                }
            }
        }
        return nearest < 0 ? Optional.empty() : Optional.of(new EdgeMove(suggestions.get(nearest), start));
    }

    /** Moves one edge of a suggestion as the pointer goes; the list holds it moved, so release has nothing left to do. */
    private final class EdgeMove implements DraggableEdges.EdgeDrag {
        private final boolean start;
        private Suggestion current;

        EdgeMove(Suggestion grabbed, boolean start) {
            this.current = grabbed;
            this.start = start;
        }

        @Override
        public void moveTo(long time) {
            int i = suggestions.indexOf(current);
            if (i < 0) {
                return; // rejected or accepted meanwhile
            }
            TimeRange r = current.range();
            TimeRange moved = start ? new TimeRange(Math.min(time, r.stop()), r.stop()) : new TimeRange(r.start(), Math.max(time, r.start()));
            current = new Suggestion(moved, current.confidence());
            replace(i, current);
        }

        @Override
        public void release() {
            // Every move already put the suggestion, moved, in the list: nothing to store until it is accepted.
        }
    }

    /** Removes {@code s} and selects the one that took its place, so that the review goes on down the list. */
    private void drop(Suggestion s) {
        int i = suggestions.indexOf(s);
        if (i < 0) {
            return;
        }
        suggestions.remove(i);
        if (!suggestions.isEmpty()) {
            table.getSelectionModel().select(Math.min(i, suggestions.size() - 1));
        }
    }

    private void key(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case A -> accept();
            case R -> reject();
            case N -> next();
            case P -> previous();
            case OPEN_BRACKET -> nudge(true, e.isShiftDown() ? 1 : -1);
            case CLOSE_BRACKET -> nudge(false, e.isShiftDown() ? -1 : 1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static TableColumn<Suggestion, String> column(String title, Function<Suggestion, String> text,
            double width) {
        TableColumn<Suggestion, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
