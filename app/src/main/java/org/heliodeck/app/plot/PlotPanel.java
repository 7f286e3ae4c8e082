package org.heliodeck.app.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.heliodeck.app.Product;
import org.heliodeck.app.ProductDrag;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.axis.AutoRange;
import org.heliodeck.plot.axis.AxisLabel;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.series.SeriesRenderer;
import org.heliodeck.plot.series.SeriesStyle;
import org.heliodeck.plot.series.VectorSeries;
import org.heliodeck.plot.figure.SeriesLayer;
import org.heliodeck.plot.figure.Layer;
import org.heliodeck.plot.figure.Panel;
import org.heliodeck.plot.figure.PanelRenderer;
import org.heliodeck.plot.figure.Theme;
import org.heliodeck.plot.fx.CanvasSurface;

/**
 * One panel of the stack: a header (its products, and a menu to remove or move it and to set its
 * y axis) over a canvas that draws its products' layers, with the crosshair, the box of a box zoom
 * and any loading error laid over the canvas. The stack tells it when and what range to draw. It
 * may also hold a variable in memory (a detector's score), drawn under its products.
 */
public final class PlotPanel extends VBox {

    /** The crosshair's time to the second: a pixel spans at least that at any useful zoom, and nanoseconds only clutter. */
    private static final IsoTimeFormat READOUT_TIME = new IsoTimeFormat(0, false);

    private final PlotStack stack;
    /** One label per product, which can be dragged to another panel or below the panels. */
    private final HBox titles = new HBox(10);
    private final Pane plot = new Pane();
    private final Canvas canvas = new Canvas();
    private final Line crosshair = new Line();
    private final Rectangle box = new Rectangle();
    private final Label readout = new Label();
    private final Label message = new Label();
    private final CheckMenuItem logY = new CheckMenuItem("Log y");
    private final CheckMenuItem lockY = new CheckMenuItem("Lock y range");
    private final List<ProductSource> sources = new ArrayList<>();
    /** The last error of each product, "" when its last request succeeded. */
    private final Map<Product, String> problems = new LinkedHashMap<>();
    private final PanelRenderer renderer = new PanelRenderer();
    private CanvasSurface surface;
    private Optional<AutoRange.Range> lockedY = Optional.empty();
    private TimeRange drawn;
    /** Until the user picks the y scale, the panel's first product with data picks it. */
    private boolean scaleChosen;
    private Rectangle2D plotBounds = Rectangle2D.EMPTY;
    private final ToggleGroup styles = new ToggleGroup();
    private final CheckMenuItem markers = new CheckMenuItem("Markers on exact points");
    private final ToggleGroup maps = new ToggleGroup();
    /** While the menus are set from the products: their ticks then change nothing. */
    private boolean showingChoices;
    /** The variable held in memory and its series, null when none. */
    private Variable held;
    private VectorSeries heldSeries;
    private final Label heldTitle = new Label();

    PlotPanel(PlotStack stack) {
        this.stack = stack;
        getStyleClass().add("plot-panel");
        readout.getStyleClass().add("plot-readout");
        message.getStyleClass().addAll("plot-message", "error");

        MenuItem remove = new MenuItem("Remove panel");
        remove.setOnAction(e -> stack.remove(this));
        MenuItem up = new MenuItem("Move up");
        up.setOnAction(e -> stack.move(this, -1));
        MenuItem down = new MenuItem("Move down");
        down.setOnAction(e -> stack.move(this, 1));
        logY.setOnAction(e -> scaleChosen = true);
        // On the selection rather than the action: the menu's skin toggles a check item before its action fires.
        logY.selectedProperty().addListener((obs, was, log) -> {
            lockY.setSelected(false); // a range locked on the other scale means nothing on this one
            stack.redraw();
        });
        lockY.selectedProperty().addListener((obs, was, lock) -> {
            lockedY = lock && drawn != null ? Optional.of(currentYRange()) : Optional.empty();
            stack.redraw();
        });
        MenuItem export = new MenuItem("Export panel…");
        export.setOnAction(e -> stack.exportPanel(this));
        MenuButton menu = new MenuButton("☰", null, remove, up, down, new SeparatorMenuItem(), logY, lockY, styleMenu(),
                colorMapMenu(), new SeparatorMenuItem(), export);
        menu.getStyleClass().add("plot-panel-menu");
        menu.setOnShowing(e -> showChoices());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Before the products' titles, shown only when the panel holds a variable.
        heldTitle.getStyleClass().add("plot-panel-title");
        heldTitle.setVisible(false);
        heldTitle.setManaged(false);
        HBox header = new HBox(6, heldTitle, titles, spacer, menu);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("plot-panel-header");

        // The canvas follows the pane's size; unmanaged so that it never holds the pane open when the window shrinks.
        plot.setMinSize(0, 0);
        plot.setPrefSize(200, 120);
        canvas.setManaged(false);
        canvas.widthProperty().bind(plot.widthProperty());
        canvas.heightProperty().bind(plot.heightProperty());
        canvas.widthProperty().addListener((obs, old, now) -> stack.redraw());
        canvas.heightProperty().addListener((obs, old, now) -> stack.redraw());
        for (var overlay : List.of(crosshair, box, readout, message)) {
            overlay.setMouseTransparent(true);
            overlay.setManaged(false);
            overlay.setVisible(false);
        }
        crosshair.setStroke(Color.GRAY);
        box.setFill(Color.rgb(0, 114, 178, 0.15));
        box.setStroke(Color.rgb(0, 114, 178, 0.8));
        plot.getChildren().addAll(canvas, box, crosshair, readout, message);
        VBox.setVgrow(plot, Priority.ALWAYS);
        VBox.setVgrow(this, Priority.ALWAYS);
        getChildren().addAll(header, plot);
    }

    /** Lines, steps or scatter for every series of the panel, with markers on exact points or not. */
    private Menu styleMenu() {
        Menu menu = new Menu("Draw series as");
        for (SeriesStyle style : SeriesStyle.values()) {
            RadioMenuItem item = new RadioMenuItem(style.name().charAt(0) + style.name().substring(1).toLowerCase(Locale.ROOT));
            item.setToggleGroup(styles);
            item.setUserData(style);
            item.setSelected(style == SeriesStyle.LINE);
            menu.getItems().add(item);
        }
        Runnable apply = () -> {
            if (showingChoices) {
                return;
            }
            SeriesStyle style = (SeriesStyle) styles.getSelectedToggle().getUserData();
            sources.forEach(s -> s.setRenderer(new SeriesRenderer(style, markers.isSelected())));
        };
        styles.selectedToggleProperty().addListener((obs, was, now) -> apply.run());
        markers.selectedProperty().addListener((obs, was, now) -> apply.run());
        menu.getItems().addAll(new SeparatorMenuItem(), markers);
        return menu;
    }

    /** The colour map of the panel's spectrograms. */
    private Menu colorMapMenu() {
        Menu menu = new Menu("Colour map");
        for (String name : ColorMap.names()) {
            RadioMenuItem item = new RadioMenuItem(name);
            item.setToggleGroup(maps);
            item.setUserData(name);
            item.setSelected(name.equals(ColorMap.VIRIDIS.name()));
            item.setOnAction(e -> sources.forEach(s -> s.setColorMap(ColorMap.named(name))));
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * Ticks, in the menus, how the panel's products are drawn: a workspace opened sets their style
     * and colour map without going through the menus. The first product of each kind speaks for the
     * panel, as the menus set every product alike.
     */
    private void showChoices() {
        showingChoices = true;
        try {
            sources.stream().filter(s -> !s.isSpectrogram()).findFirst().map(ProductSource::renderer).ifPresent(r -> {
                styles.getToggles().stream().filter(t -> t.getUserData() == r.style()).findFirst().ifPresent(styles::selectToggle);
                markers.setSelected(r.markers());
            });
            sources.stream().filter(ProductSource::isSpectrogram).findFirst().map(s -> s.colorMap().name()).ifPresent(name ->
                    maps.getToggles().stream().filter(t -> name.equals(t.getUserData())).findFirst().ifPresent(maps::selectToggle));
        } finally {
            showingChoices = false;
        }
    }

    /** The products drawn here, in the order added. */
    public List<Product> products() {
        return sources.stream().map(ProductSource::product).toList();
    }

    /** The canvas the panel draws on. */
    public Canvas canvas() {
        return canvas;
    }

    /** The plot area (inside the axes) in canvas coordinates, as last drawn. */
    public Rectangle2D plotBounds() {
        return plotBounds;
    }

    /** The range of the last draw, null before the first. */
    public TimeRange drawnRange() {
        return drawn;
    }

    /** The loading errors shown on the panel, "" when none. */
    public String message() {
        return message.getText();
    }

    /** The crosshair's readout (time and values), "" when the pointer is elsewhere. */
    public String readout() {
        return readout.isVisible() ? readout.getText() : "";
    }

    /**
     * Shows {@code variable}, data held in memory rather than fetched (a detector's score), in
     * place of the one held before. It is not a product: it has no provider to load more from, and
     * a workspace does not save it.
     */
    public void hold(Variable variable) {
        held = variable;
        heldSeries = VectorSeries.of(variable);
        heldTitle.setText(variable.product() + "/" + variable.name());
        heldTitle.setVisible(true);
        heldTitle.setManaged(true);
        stack.redraw();
    }

    /** The variable held in memory, if any. */
    public Optional<Variable> held() {
        return Optional.ofNullable(held);
    }

    /** The node that takes the pointer: navigation handlers go here. */
    Pane plotArea() {
        return plot;
    }

    void add(ProductSource source) {
        sources.add(source);
        Label title = new Label(source.product().toString());
        title.getStyleClass().add("plot-panel-title");
        title.setUserData(source);
        title.setOnDragDetected(e -> {
            title.startDragAndDrop(TransferMode.COPY_OR_MOVE).setContent(ProductDrag.content(source.product()));
            e.consume();
        });
        titles.getChildren().add(title);
    }

    /** Takes {@code source} off the panel (moved to another, or removed) and stops its loading. */
    void remove(ProductSource source) {
        source.cancel();
        int index = sources.indexOf(source);
        sources.remove(index);
        titles.getChildren().remove(index);
        problem(source.product(), "");
        problems.remove(source.product());
    }

    /** The product whose title label is {@code node}, if it is one of this panel's. */
    Optional<ProductSource> titled(Object node) {
        return titles.getChildren().stream().filter(n -> n == node).map(n -> (ProductSource) n.getUserData()).findFirst();
    }

    /** What the panel draws, product by product, in the order added. */
    public List<ProductSource> sources() {
        return sources;
    }

    void cancel() {
        sources.forEach(ProductSource::cancel);
    }

    /** Shows {@code text} ("" to clear) as the problem of {@code product}. */
    void problem(Product product, String text) {
        problems.put(product, text);
        String all = String.join("\n", problems.values().stream().filter(t -> !t.isEmpty()).toList());
        message.setText(all);
        message.setVisible(!all.isEmpty());
    }

    /** Whether the y axis is logarithmic. */
    public boolean logY() {
        return logY.isSelected();
    }

    /** The y range the user locked, if any. */
    public Optional<AutoRange.Range> lockedY() {
        return lockedY;
    }

    /** Sets the y axis as a workspace had it: the scale, and a locked range or none. */
    public void setYAxis(boolean log, Optional<AutoRange.Range> locked) {
        scaleChosen = true;
        logY.setSelected(log);
        lockY.setSelected(locked.isPresent());
        lockedY = locked; // after the selection, whose listener would lock the range drawn instead
        stack.redraw();
    }

    /** What the renderer draws: the layers with data so far, then the stack's overlays, and the y axis settings. FX thread. */
    public Panel model() {
        List<Layer> layers = new ArrayList<>();
        if (heldSeries != null) {
            layers.add(new SeriesLayer(heldSeries));
        }
        sources.forEach(s -> s.layer().ifPresent(layers::add));
        layers.addAll(stack.overlays());
        String yTitle = sources.stream().map(ProductSource::yTitle).filter(t -> !t.isEmpty()).findFirst()
                .orElse(held == null ? "" : AxisLabel.of(held.metadata()));
        return new Panel(layers, yTitle, logY.isSelected(), lockedY);
    }

    /** Maps times to canvas x for {@code visible}, with {@code rightRoom} kept right of the plot area. */
    TimeMapping timeMapping(TimeRange visible, double rightRoom) {
        return new TimeMapping(visible, PanelRenderer.LEFT, Math.max(1, canvas.getWidth() - PanelRenderer.LEFT - rightRoom));
    }

    void draw(TimeRange visible, Theme theme, double rightRoom, boolean timeLabels) {
        if (!scaleChosen) {
            sources.stream().flatMap(s -> s.logScale().stream()).findFirst().ifPresent(logY::setSelected);
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (surface == null || surface.width() != w || surface.height() != h) {
            surface = new CanvasSurface(canvas);
        }
        var gc = canvas.getGraphicsContext2D();
        gc.setFill(theme.background());
        gc.fillRect(0, 0, w, h);
        double height = h - (timeLabels ? PanelRenderer.TIME_LABELS : 0);
        drawn = visible;
        if (w <= PanelRenderer.LEFT + rightRoom || height <= PanelRenderer.TOP) {
            plotBounds = Rectangle2D.EMPTY;
            return;
        }
        renderer.draw(surface, model(), visible, theme, 0, 0, w, height, rightRoom, timeLabels, false);
        plotBounds = new Rectangle2D(PanelRenderer.LEFT, PanelRenderer.TOP, w - PanelRenderer.LEFT - rightRoom,
                height - PanelRenderer.TOP);
        message.relocate(PanelRenderer.LEFT + 8, PanelRenderer.TOP + 22);
        message.setMaxWidth(plotBounds.getWidth() - 16);
        message.setWrapText(true);
        message.resize(message.getMaxWidth(), message.prefHeight(message.getMaxWidth()));
    }

    /** The crosshair at canvas {@code x}, reading the values at {@code time}. */
    void showCrosshair(double x, long time) {
        crosshair.setStartX(x);
        crosshair.setEndX(x);
        crosshair.setStartY(plotBounds.getMinY());
        crosshair.setEndY(plotBounds.getMaxY());
        crosshair.setVisible(true);
        List<String> values = sources.stream().map(s -> s.valuesAt(time)).filter(t -> !t.isEmpty()).toList();
        readout.setText(READOUT_TIME.format(time) + (values.isEmpty() ? "" : "  " + String.join("  ", values)));
        readout.autosize();
        readout.relocate(plotBounds.getMinX() + 4, plotBounds.getMinY() + 2);
        readout.setVisible(true);
    }

    void hideCrosshair() {
        crosshair.setVisible(false);
        readout.setVisible(false);
    }

    /** The box of a box zoom between canvas x {@code from} and {@code to}. */
    void showBox(double from, double to) {
        box.setX(Math.min(from, to));
        box.setY(plotBounds.getMinY());
        box.setWidth(Math.abs(to - from));
        box.setHeight(plotBounds.getHeight());
        box.setVisible(true);
    }

    void hideBox() {
        box.setVisible(false);
    }

    private AutoRange.Range currentYRange() {
        ValueMapping y = PanelRenderer.yMapping(model(), drawn, 0, 1);
        return new AutoRange.Range(y.min(), y.max());
    }
}
