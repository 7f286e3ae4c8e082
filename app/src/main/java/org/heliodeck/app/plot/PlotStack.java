package org.heliodeck.app.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.heliodeck.app.Product;
import org.heliodeck.app.ProductDrag;
import org.heliodeck.app.StatusBar;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.figure.Layer;
import org.heliodeck.plot.figure.PanelRenderer;
import org.heliodeck.plot.figure.Theme;

/**
 * Plot panels stacked on one time axis. {@link #rangeProperty()} is the visible range of every
 * panel (bind it both ways to the time range bar). Products dropped on a panel are added to it;
 * dropped anywhere else in the stack, they get a new panel. On every panel: the wheel zooms about
 * the pointer, a drag pans, Ctrl-drag zooms to the box drawn, Shift-drag marks the interval drawn
 * (see {@link #setMarker}; without a marker it zooms too), a drag that starts on an edge of
 * {@link #addEdges} moves that edge, a plain click is told to {@link #addClickListener the
 * listeners}; the keys ←/→ pan, +/− zoom, Home fits the data; a crosshair reads the values of
 * every panel at the pointer's time. {@link #addOverlays overlays} (catalogs'
 * zones, a detector's suggestions) are drawn on every panel over its data. A panel may also show a
 * variable held in memory ({@link #addPanel(Variable)}: a detector's score), which has no provider
 * to fetch more from.
 *
 * <p>Drawing follows the range at once, from the data loaded so far; the data of a new range is
 * asked for once the range has been still for {@link #FETCH_DELAY} (a drag asks once it pauses),
 * and each panel redraws as its fragments arrive, at most once a pulse.
 */
public final class PlotStack extends VBox {

    /** How long the range must stay put before its data is asked for: a drag moves it every few ms. */
    static final Duration FETCH_DELAY = Duration.millis(40);
    /** The range's new length per wheel notch or + key. */
    static final double ZOOM_IN = 0.8;
    /** Fraction of the visible range one ←/→ moves it. */
    static final double PAN_STEP = 0.2;
    /** A box narrower than this (pixels) is a click, not a zoom. */
    private static final double MIN_BOX = 3;
    /** How near (pixels) the pointer must be to an edge to grab it. */
    private static final double EDGE_REACH = 4;
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(this, "range");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ProviderLookup providers;
    private final DataAccess access;
    private final StatusBar status;
    private final List<PlotPanel> panels = new ArrayList<>();
    private Consumer<PlotPanel> panelExport;
    private final Label newPanelZone = new Label("Drop a product here to plot it in a new panel");
    private final PauseTransition fetchLater = new PauseTransition(FETCH_DELAY);
    private final RedrawPulse pulse = new RedrawPulse(this::drawAll);
    /** Where a drag or box started (canvas x) and the range then. */
    private double pressX;
    private TimeRange pressRange;
    private boolean boxing;
    /** Whether the box being drawn marks an interval (Shift) rather than zooms (Ctrl). */
    private boolean marking;
    private DraggableEdges.EdgeDrag edgeDrag;
    private final List<Supplier<List<Layer>>> overlays = new ArrayList<>();
    private Consumer<TimeRange> marker;
    private final List<LongConsumer> clicks = new ArrayList<>();
    private final List<DraggableEdges> edges = new ArrayList<>();
    /** The room right of the plot areas at the last draw: where the pointer's x maps to times. */
    private double drawnRightRoom = PanelRenderer.RIGHT;

    /**
     * @param providers finds the provider a product names
     * @param access where data comes from (the cache in front of remote providers)
     * @param status shows loading progress and errors
     */
    public PlotStack(ProviderLookup providers, DataAccess access, StatusBar status, TimeRange initial) {
        this.providers = providers.remembering();
        this.access = access;
        this.status = status;
        getStyleClass().add("plot-stack");
        setId("plot-stack");
        setFocusTraversable(true);
        range.set(initial);
        newPanelZone.getStyleClass().add("new-panel-zone");
        newPanelZone.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        VBox.setVgrow(newPanelZone, Priority.ALWAYS);
        getChildren().add(newPanelZone);

        range.addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                redraw();
                fetchLater.playFromStart();
            }
        });
        theme.addListener((obs, old, now) -> redraw());
        fetchLater.setOnFinished(e -> panels.forEach(p -> p.sources().forEach(s -> s.show(range.get()))));
        acceptDrops(this, this::addPanel);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The visible range of every panel. */
    public ObjectProperty<TimeRange> rangeProperty() {
        return range;
    }

    /** The colours the panels are drawn in. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The panels, top to bottom. */
    public List<PlotPanel> panels() {
        return Collections.unmodifiableList(panels);
    }

    /** Plots {@code product} in a new panel at the bottom. */
    public PlotPanel addPanel(Product product) {
        PlotPanel panel = newPanel();
        addTo(panel, product);
        return panel;
    }

    /** Plots {@code variable}, data in memory (a detector's score), in a new panel at the bottom. */
    public PlotPanel addPanel(Variable variable) {
        PlotPanel panel = newPanel();
        panel.hold(variable);
        return panel;
    }

    private PlotPanel newPanel() {
        PlotPanel panel = new PlotPanel(this);
        panels.add(panel);
        getChildren().add(panels.size() - 1, panel);
        VBox.setVgrow(newPanelZone, Priority.NEVER);
        acceptDrops(panel, p -> addTo(panel, p));
        navigation(panel);
        return panel;
    }

    /** Plots {@code product} in {@code panel}, over what it shows. */
    public void addTo(PlotPanel panel, Product product) {
        ProductSource source = new ProductSource(product, providers, access, status, this::redraw,
                text -> panel.problem(product, text), panel.sources().size());
        panel.add(source);
        source.show(range.get());
        redraw();
    }

    /** Sets the range to the data of every panel, first record to last. */
    public void fitToData() {
        Optional<TimeRange> span = panels.stream().flatMap(p -> p.sources().stream()).flatMap(s -> s.dataSpan().stream())
                .reduce((a, b) -> new TimeRange(Math.min(a.start(), b.start()), Math.max(a.stop(), b.stop())));
        span.filter(s -> !s.isEmpty()).ifPresent(range::set);
    }

    /**
     * Adds layers drawn on every panel after its data (the zones of the visible catalogs, a
     * detector's suggestions), after those added before; asked at every draw.
     */
    public void addOverlays(Supplier<List<Layer>> layers) {
        overlays.add(layers);
        redraw();
    }

    List<Layer> overlays() {
        return overlays.stream().flatMap(o -> o.get().stream()).toList();
    }

    /** What a Shift-drag across a panel does with the interval drawn (creates an event). */
    public void setMarker(Consumer<TimeRange> marker) {
        this.marker = marker;
    }

    /**
     * Adds edges a plain drag moves (the events' starts and stops, a detector's suggestions). Where
     * two are within reach, those added last win: their zones are drawn on top.
     */
    public void addEdges(DraggableEdges more) {
        edges.add(more);
    }

    /** Adds what a plain click on a panel does with the time clicked (selects the suggestion there). */
    public void addClickListener(LongConsumer clicked) {
        clicks.add(clicked);
    }

    /** What "Export panel…" of a panel's menu does (the window's File menu asks where, then exports). */
    public void setPanelExport(Consumer<PlotPanel> export) {
        panelExport = export;
    }

    void exportPanel(PlotPanel panel) {
        if (panelExport != null) {
            panelExport.accept(panel);
        }
    }

    /** Takes every panel away (before a workspace is opened). */
    public void clear() {
        List.copyOf(panels).forEach(this::remove);
    }

    /** Stops every request under way (the window closes). */
    public void close() {
        panels.forEach(PlotPanel::cancel);
    }

    /** Takes a product off its panel, and the panel away when that was all it showed. */
    private void removeProduct(PlotPanel panel, ProductSource source) {
        panel.remove(source);
        if (panel.sources().isEmpty() && panel.held().isEmpty()) {
            remove(panel);
        }
        redraw();
    }

    void remove(PlotPanel panel) {
        panel.cancel();
        panels.remove(panel);
        getChildren().remove(panel);
        if (panels.isEmpty()) {
            VBox.setVgrow(newPanelZone, Priority.ALWAYS);
        }
        redraw();
    }

    void move(PlotPanel panel, int by) {
        int from = panels.indexOf(panel);
        int to = Math.clamp(from + by, 0, panels.size() - 1);
        if (to != from) {
            panels.remove(from);
            panels.add(to, panel);
            getChildren().remove(panel);
            getChildren().add(to, panel);
            redraw();
        }
    }

    /** Asks for a draw of every panel at the next pulse (after the overlays changed, say). */
    public void redraw() {
        pulse.request();
    }

    /** Draws every panel now (the pulse calls it; so does a benchmark). */
    void drawAll() {
        drawnRightRoom = rightRoom();
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).draw(range.get(), theme.get(), drawnRightRoom, i == panels.size() - 1);
        }
    }

    /** Room right of every plot area: a colour bar's when any panel has one, so that the time axes line up. */
    private double rightRoom() {
        TimeRange visible = range.get();
        return panels.stream().anyMatch(p -> PanelRenderer.hasColorBar(p.model(), visible))
                ? PanelRenderer.COLOR_BAR_ROOM : PanelRenderer.RIGHT;
    }

    /** Where times are on {@code panel} as last laid out (a colour bar's auto-scale is not worth redoing on every pointer move). */
    private TimeMapping mapping(PlotPanel panel, TimeRange visible) {
        return panel.timeMapping(visible, drawnRightRoom);
    }

    private void navigation(PlotPanel panel) {
        Node area = panel.plotArea();
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            pressX = e.getX();
            pressRange = range.get();
            marking = e.isShiftDown() && !e.isShortcutDown() && marker != null;
            boxing = e.isShiftDown() || e.isShortcutDown();
            edgeDrag = boxing ? null : edgeAt(panel, e.getX()).orElse(null);
            if (boxing) {
                panel.showBox(pressX, pressX);
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressRange == null) {
                return;
            }
            if (edgeDrag != null) {
                edgeDrag.moveTo(mapping(panel, pressRange).time(e.getX()));
            } else if (boxing) {
                panel.showBox(pressX, e.getX());
            } else {
                long by = Math.round((e.getX() - pressX) * mapping(panel, pressRange).nanosPerPixel());
                range.set(pressRange.shift(-by));
            }
            crosshair(panel, e.getX());
        });
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (edgeDrag != null) {
                edgeDrag.release();
            } else if (boxing && Math.abs(e.getX() - pressX) >= MIN_BOX) {
                TimeMapping m = mapping(panel, range.get());
                TimeRange box = new TimeRange(m.time(Math.min(pressX, e.getX())), m.time(Math.max(pressX, e.getX())));
                if (marking) {
                    marker.accept(box);
                } else {
                    range.set(box);
                }
            }
            panel.hideBox();
            boxing = false;
            edgeDrag = null;
            pressRange = null;
        });
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            crosshair(panel, e.getX());
            area.setCursor(edgeAt(panel, e.getX()).isPresent() ? Cursor.H_RESIZE : Cursor.DEFAULT);
        });
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> panels.forEach(PlotPanel::hideCrosshair));
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            // Only a click that did not move: a drag that ends where it began panned nothing but is no click either.
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !clicks.isEmpty()) {
                long time = mapping(panel, range.get()).time(e.getX());
                clicks.forEach(c -> c.accept(time));
            }
        });
        area.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                long at = mapping(panel, range.get()).time(e.getX());
                range.set(range.get().zoom(e.getDeltaY() > 0 ? ZOOM_IN : 1 / ZOOM_IN, at));
            }
            e.consume();
        });
    }

    private Optional<DraggableEdges.EdgeDrag> edgeAt(PlotPanel panel, double x) {
        TimeMapping m = mapping(panel, range.get());
        long tolerance = Math.round(EDGE_REACH * m.nanosPerPixel());
        return edges.reversed().stream().flatMap(e -> e.grab(m.time(x), tolerance).stream()).findFirst();
    }

    /** The crosshair on every panel at canvas {@code x} of {@code panel}; hidden outside the plot area. */
    private void crosshair(PlotPanel panel, double x) {
        var bounds = panel.plotBounds();
        if (x < bounds.getMinX() || x > bounds.getMaxX()) {
            panels.forEach(PlotPanel::hideCrosshair);
            return;
        }
        long time = mapping(panel, range.get()).time(x);
        panels.forEach(p -> p.showCrosshair(x, time));
    }

    private void key(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShortcutDown()) {
            return; // the window's shortcuts (Alt+← goes back in the range history)
        }
        TimeRange r = range.get();
        long middle = r.start() + r.duration() / 2;
        switch (e.getCode()) {
            case LEFT -> range.set(r.shift(-Math.round(r.duration() * PAN_STEP)));
            case RIGHT -> range.set(r.shift(Math.round(r.duration() * PAN_STEP)));
            case PLUS, EQUALS, ADD -> range.set(r.zoom(ZOOM_IN, middle));
            case MINUS, SUBTRACT -> range.set(r.zoom(1 / ZOOM_IN, middle));
            case HOME -> fitToData();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Makes {@code target} take dropped products, handing each to {@code dropped}, and show that it
     * will. A product dragged by its title from another panel moves: it leaves that panel.
     */
    private void acceptDrops(Node target, Consumer<Product> dropped) {
        target.setOnDragOver(e -> {
            if (ProductDrag.carried(e.getDragboard()).isPresent() && !fromItself(target, e)) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        target.setOnDragEntered(e -> target.pseudoClassStateChanged(DROP_TARGET,
                ProductDrag.carried(e.getDragboard()).isPresent() && !fromItself(target, e)));
        target.setOnDragExited(e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.setOnDragDropped((DragEvent e) -> {
            Optional<Product> product = ProductDrag.carried(e.getDragboard()).filter(p -> !fromItself(target, e));
            product.ifPresent(p -> {
                dropped.accept(p);
                if (e.getTransferMode() == TransferMode.MOVE) {
                    movedFrom(e.getGestureSource()).ifPresent(from -> removeProduct(from.panel(), from.source()));
                }
            });
            e.setDropCompleted(product.isPresent());
            e.consume();
        });
    }

    /** Where a product dragged by a panel's title comes from. */
    private record Origin(PlotPanel panel, ProductSource source) {}

    private Optional<Origin> movedFrom(Object gestureSource) {
        return panels.stream().flatMap(p -> p.titled(gestureSource).map(s -> new Origin(p, s)).stream()).findFirst();
    }

    /** Whether the drag is of a product of the panel it is over (dropping it there would change nothing). */
    private boolean fromItself(Node target, DragEvent e) {
        return movedFrom(e.getGestureSource()).filter(o -> o.panel() == target).isPresent();
    }
}
