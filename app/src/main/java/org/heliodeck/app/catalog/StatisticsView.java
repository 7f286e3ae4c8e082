package org.heliodeck.app.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import org.heliodeck.app.Product;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.catalog.Event;

/**
 * The statistics of a catalog's events: histograms of the durations and of a measure chosen,
 * events per year, a scatter of two measures, and where the events are: the spacecraft position at
 * each event's middle, from the orbit product typed (x, y, z in Earth radii, in its frame: GSE or
 * GSM), in the X–Y and X–Z planes with the Earth and {@link NominalBoundaries nominal} magnetopause
 * and bow shock. Clicking a point selects its event, which moves the time range to it.
 */
public final class StatisticsView extends BorderPane {

    static final int BINS = 20;
    /** The maps' span, Earth radii: the magnetosphere's day side and near tail, and the bow shock's flanks. */
    private static final double MAP_SUNWARD = 25;
    private static final double MAP_TAILWARD = -45;
    private static final double MAP_SIDE = 40;

    private static final String YEAR = "year";
    private static final String MONTH = "month";

    private final List<Event> events;
    private final ProviderLookup providers;
    private final Consumer<String> messages;
    private final Map<String, ToDoubleFunction<Event>> measures;
    private final StatisticsChart durations = new StatisticsChart();
    private final StatisticsChart measured = new StatisticsChart();
    private final StatisticsChart years = new StatisticsChart();
    private final StatisticsChart scatter = new StatisticsChart();
    private final StatisticsChart xy = new StatisticsChart();
    private final StatisticsChart xz = new StatisticsChart();
    private final ComboBox<String> histogramOf = new ComboBox<>();
    private final ComboBox<String> countPer = new ComboBox<>();
    private final ComboBox<String> scatterX = new ComboBox<>();
    private final ComboBox<String> scatterY = new ComboBox<>();
    private final TextField orbit = new TextField();

    /**
     * @param selected called with the event of a point clicked
     * @param orbitProduct the position product to start with (provider/dataset/parameter), empty for none
     */
    public StatisticsView(Catalog catalog, List<Event> events, ProviderLookup providers, Optional<Product> orbitProduct,
            Consumer<Event> selected, Consumer<String> messages) {
        this.events = List.copyOf(events);
        this.providers = providers;
        this.messages = messages;
        this.measures = EventMeasures.of(this.events);
        setId("statistics-view");
        List<String> names = List.copyOf(measures.keySet());
        histogramOf.getItems().setAll(names);
        scatterX.getItems().setAll(names);
        scatterY.getItems().setAll(names);
        histogramOf.setValue(names.size() > 3 ? names.get(3) : EventMeasures.RATING);
        scatterX.setValue(EventMeasures.START);
        scatterY.setValue(EventMeasures.DURATION);
        histogramOf.setOnAction(e -> drawMeasured());
        countPer.getItems().setAll(YEAR, MONTH);
        countPer.setValue(YEAR);
        countPer.setOnAction(e -> drawCounts());
        scatterX.setOnAction(e -> drawScatter());
        scatterY.setOnAction(e -> drawScatter());
        orbit.setPromptText("orbit product: provider/dataset/position, e.g. sscweb/cluster1/position_gse_re");
        orbit.setPrefColumnCount(28);
        orbitProduct.ifPresent(p -> orbit.setText(p.toString()));
        orbit.setOnAction(e -> locate());

        FlowPane controls = new FlowPane(8, 4, new Label(catalog.name() + ": " + this.events.size() + " events"),
                new Label("Histogram of"), histogramOf, new Label("Events per"), countPer, new Label("Scatter"), scatterY, new Label("against"), scatterX,
                new Label("Positions from"), orbit);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6));
        GridPane grid = new GridPane(6, 6);
        grid.add(durations, 0, 0);
        grid.add(measured, 1, 0);
        grid.add(years, 2, 0);
        grid.add(scatter, 0, 1);
        grid.add(xy, 1, 1);
        grid.add(xz, 2, 1);
        for (StatisticsChart c : List.of(durations, measured, years, scatter, xy, xz)) {
            GridPane.setHgrow(c, Priority.ALWAYS);
            GridPane.setVgrow(c, Priority.ALWAYS);
            c.onPointClicked(i -> selected.accept(this.events.get(i)));
        }
        setTop(controls);
        setCenter(grid);

        durations.show(StatisticsChart.Content.histogram("Durations", EventMeasures.DURATION,
                Histogram.of(EventMeasures.values(this.events, measures.get(EventMeasures.DURATION)), BINS)));
        drawCounts();
        drawMeasured();
        drawScatter();
        locate();
    }

    StatisticsChart durations() {
        return durations;
    }

    StatisticsChart years() {
        return years;
    }

    /** Counts events per {@code unit}: "year" or "month". */
    void countPer(String unit) {
        countPer.setValue(unit);
        drawCounts();
    }

    StatisticsChart xyMap() {
        return xy;
    }

    /** Events per year or per month, on an axis of (fractional) years either way. */
    private void drawCounts() {
        boolean monthly = MONTH.equals(countPer.getValue());
        years.show(StatisticsChart.Content.histogram("Events per " + countPer.getValue(), "year", monthly
                ? perMonthHistogram(EventMeasures.perMonth(events)) : perYearHistogram(EventMeasures.perYear(events))));
    }

    /** Events per year as bars one year wide, centred on the years, with the empty years between. */
    static Histogram perYearHistogram(TreeMap<Integer, Integer> perYear) {
        return counted(perYear, 1, -0.5);
    }

    /** Events per month as bars a twelfth of a year wide, with the empty months between. */
    static Histogram perMonthHistogram(TreeMap<Integer, Integer> perMonth) {
        return counted(perMonth, 12, 0);
    }

    /** Counts per consecutive unit (year, month) as bars on an axis of years; unit k spans (k + shift) / perYear onwards. */
    private static Histogram counted(TreeMap<Integer, Integer> perUnit, int perYear, double shift) {
        if (perUnit.isEmpty()) {
            return new Histogram(0, 1, new int[1]);
        }
        int first = perUnit.firstKey();
        int[] counts = new int[perUnit.lastKey() - first + 1];
        perUnit.forEach((unit, n) -> counts[unit - first] = n);
        return new Histogram((first + shift) / perYear, (perUnit.lastKey() + 1 + shift) / perYear, counts);
    }

    private void drawMeasured() {
        String name = histogramOf.getValue();
        measured.show(StatisticsChart.Content.histogram("Histogram of " + name, name,
                Histogram.of(EventMeasures.values(events, measures.get(name)), BINS)));
    }

    private void drawScatter() {
        scatter.show(StatisticsChart.Content.points(scatterY.getValue() + " against " + scatterX.getValue(), scatterX.getValue(),
                scatterY.getValue(), values(measures.get(scatterX.getValue())), values(measures.get(scatterY.getValue()))));
    }

    private double[] values(ToDoubleFunction<Event> measure) {
        return events.stream().mapToDouble(measure).toArray();
    }

    /** Reads the positions off the FX thread and draws the maps; empty maps while there is no product. */
    private void locate() {
        showPositions(List.of(), "");
        String text = orbit.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        Product product;
        try {
            product = Product.parse(text);
        } catch (IllegalArgumentException e) {
            messages.accept(e.getMessage());
            return;
        }
        CompletableFuture.supplyAsync(() -> {
            try {
                return EventPositions.of(events, product, providers);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((positions, failed) -> Platform.runLater(() -> {
            if (failed != null) {
                Throwable cause = failed.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : failed.getCause();
                messages.accept("Cannot place the events with " + product + ": " + (cause != null ? cause.getMessage() : failed));
            } else {
                showPositions(positions, " (" + product.dataset() + "/" + product.parameter() + ")");
            }
        }));
    }

    private void showPositions(List<double[]> positions, String source) {
        double[] x = positions.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = positions.stream().mapToDouble(p -> p[1]).toArray();
        double[] z = positions.stream().mapToDouble(p -> p[2]).toArray();
        List<StatisticsChart.Curve> boundaries = List.of(
                new StatisticsChart.Curve("magnetopause", NominalBoundaries.magnetopause(2.6, 120)),
                new StatisticsChart.Curve("bow shock", NominalBoundaries.bowShock(2.3, 120)));
        xy.show(StatisticsChart.Content.map("Positions, X–Y" + source, "X (Re)", "Y (Re)", x, y, boundaries,
                MAP_TAILWARD, MAP_SUNWARD, -MAP_SIDE, MAP_SIDE));
        xz.show(StatisticsChart.Content.map("Positions, X–Z" + source, "X (Re)", "Z (Re)", x, z, boundaries,
                MAP_TAILWARD, MAP_SUNWARD, -MAP_SIDE, MAP_SIDE));
    }
}
