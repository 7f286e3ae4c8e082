package org.heliodeck.app.learn;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.heliodeck.app.Product;
import org.heliodeck.app.ProductDrag;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.features.FeatureSpec;

/**
 * The choices of a training: the catalog whose events are learnt, the products (those of the
 * panels to begin with; products dropped on the list join it, Delete takes the selected one off, a
 * product typed as PROVIDER/DATASET/PARAMETER is added with Enter), the range (the visible one to
 * begin with), the cadence of the time grid and the widths of the windows, and whether to train
 * again on the whole range (twice the time; the validation part then teaches the detector too).
 */
final class TrainingForm extends GridPane {

    private final ComboBox<Catalog> catalog = new ComboBox<>();
    private final ListView<Product> products = new ListView<>();
    private final TextField typed = new TextField();
    private final RangeFields range;
    private final TextField cadence = new TextField("PT1H");
    private final TextField windows = new TextField(join(FeatureSpec.DEFAULT_WINDOWS));
    private final CheckBox refit = new CheckBox("Train again on the whole range");
    private final Supplier<List<Product>> shown;
    private final Supplier<Catalog> active;

    /**
     * @param catalogs the store's catalogs
     * @param active the catalog the browser has active, chosen when the form is filled in
     * @param shown the products of the panels
     * @param visible the range the panels show
     */
    TrainingForm(ObservableList<Catalog> catalogs, Supplier<Catalog> active, Supplier<List<Product>> shown,
            Supplier<TimeRange> visible) {
        this.shown = shown;
        this.active = active;
        range = new RangeFields("training", visible);
        setHgap(8);
        setVgap(6);
        catalog.setId("training-catalog");
        catalog.setItems(catalogs);
        catalog.setCellFactory(list -> new CatalogNameCell());
        catalog.setButtonCell(new CatalogNameCell());
        catalog.setMaxWidth(Double.MAX_VALUE);
        products.setId("training-products");
        products.setPrefHeight(90);
        products.setMinHeight(70);
        products.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                Optional.ofNullable(products.getSelectionModel().getSelectedItem()).ifPresent(products.getItems()::remove);
                e.consume();
            }
        });
        products.setOnDragOver(e -> {
            if (ProductDrag.carried(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        products.setOnDragDropped(e -> {
            Optional<Product> dropped = ProductDrag.carried(e.getDragboard());
            dropped.ifPresent(this::addProduct);
            e.setDropCompleted(dropped.isPresent());
            e.consume();
        });
        typed.setPromptText("provider/dataset/parameter, Enter adds it");
        typed.setOnAction(e -> {
            try {
                addProduct(Product.parse(typed.getText().strip()));
                typed.clear();
            } catch (IllegalArgumentException notAProduct) {
                typed.selectAll();
                typed.setPromptText(notAProduct.getMessage());
            }
        });
        Button fromPanels = new Button("Panels' products");
        fromPanels.setOnAction(e -> products.getItems().setAll(shown.get()));
        HBox productRow = new HBox(6, typed, fromPanels);
        HBox.setHgrow(typed, Priority.ALWAYS);
        cadence.setId("training-cadence");
        cadence.setPrefColumnCount(6);
        cadence.setPromptText("PT1H");
        windows.setId("training-windows");
        windows.setPrefColumnCount(8);
        refit.setId("training-refit");
        refit.setSelected(true);

        addRow(0, new Label("Catalog"), catalog);
        addRow(1, new Label("Products"), products);
        add(productRow, 1, 2);
        addRow(3, new Label("Range"), range);
        HBox grid = new HBox(6, cadence, new Label("windows (steps)"), windows);
        grid.setAlignment(Pos.CENTER_LEFT);
        addRow(4, new Label("Cadence"), grid);
        add(refit, 1, 5);
        GridPane.setHgrow(products, Priority.ALWAYS);
    }

    /** Fills the form in from what the window shows: the active catalog, the panels' products, the visible range. */
    void fillFromWindow() {
        Catalog current = active.get();
        if (current != null) {
            catalog.getItems().stream().filter(c -> c.uuid().equals(current.uuid())).findFirst()
                    .ifPresent(catalog.getSelectionModel()::select);
        }
        products.getItems().setAll(shown.get());
        range.showVisible();
    }

    ComboBox<Catalog> catalog() {
        return catalog;
    }

    /** The products listed, editable. */
    ObservableList<Product> products() {
        return products.getItems();
    }

    RangeFields range() {
        return range;
    }

    TextField cadence() {
        return cadence;
    }

    TextField windows() {
        return windows;
    }

    CheckBox refit() {
        return refit;
    }

    /** @throws IllegalArgumentException saying what is missing or cannot be read */
    TrainingChoice choice() {
        Catalog chosen = catalog.getValue();
        if (chosen == null) {
            throw new IllegalArgumentException("no catalog chosen to learn from");
        }
        Duration step;
        try {
            step = Duration.parse(cadence.getText().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read the cadence '" + cadence.getText()
                    + "': expected an ISO 8601 duration such as PT1H or PT5M", e);
        }
        List<Integer> widths = new ArrayList<>();
        for (String w : windows.getText().split("[,\\s]+")) {
            if (!w.isBlank()) {
                try {
                    widths.add(Integer.parseInt(w));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("cannot read the window width '" + w + "': expected whole numbers of steps", e);
                }
            }
        }
        return new TrainingChoice(chosen, List.copyOf(products.getItems()), range.range("training"), step, widths,
                refit.isSelected());
    }

    private void addProduct(Product p) {
        if (!products.getItems().contains(p)) {
            products.getItems().add(p);
        }
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
