package org.heliodeck.app.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.heliodeck.catalog.Event;
import org.heliodeck.catalog.predicate.PredicateEvaluator;
import org.heliodeck.catalog.predicate.PredicateParser;
import org.heliodeck.core.time.IsoTimeFormat;

/**
 * The events of the active catalog: sortable by any column, filtered by the text above (a predicate
 * such as {@code rating >= 7}, or else words found in the tags, author or products), the tags, the
 * rating and the custom attributes (a column each, more added from the context menu) edited in
 * place and stored at once.
 */
final class EventTable extends VBox {

    private static final IsoTimeFormat TIME = new IsoTimeFormat(0, false);

    private final CatalogSession session;
    private final java.util.function.Consumer<String> messages;
    private final TextField filter = new TextField();
    private final TableView<Event> table = new TableView<>();
    private final FilteredList<Event> filtered;
    private final AttributeColumns attributes;

    EventTable(CatalogSession session, java.util.function.Consumer<String> messages) {
        this.session = session;
        this.messages = messages;
        filter.setPromptText("Filter: words, or a predicate such as rating >= 7 and duration > 6 h");
        filter.setId("event-filter");
        table.setId("event-table");
        table.setEditable(true);
        table.setPlaceholder(new javafx.scene.control.Label("No events: Shift-drag across a panel to add one"));
        filtered = new FilteredList<>(session.events());
        SortedList<Event> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        filter.textProperty().addListener((obs, old, text) -> filtered.setPredicate(matching(text)));

        TableColumn<Event, String> start = text("Start", e -> TIME.format(e.start()));
        TableColumn<Event, String> stop = text("Stop", e -> TIME.format(e.stop()));
        TableColumn<Event, Double> hours = new TableColumn<>("Hours");
        hours.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Math.round((c.getValue().stop() - c.getValue().start())
                / 3.6e11) / 10.0));
        TableColumn<Event, String> tags = text("Tags", e -> String.join(", ", e.tags()));
        tags.setId("tags-column");
        tags.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        tags.setEditable(true);
        tags.setOnEditCommit(c -> store(c.getRowValue().withTags(tagsOf(c.getNewValue()))));
        TableColumn<Event, String> rating = text("Rating", e -> e.rating().isPresent() ? Integer.toString(e.rating().getAsInt()) : "");
        rating.setId("rating-column");
        rating.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        rating.setEditable(true);
        rating.setOnEditCommit(c -> rate(c.getRowValue(), c.getNewValue()));
        start.setPrefWidth(135);
        stop.setPrefWidth(135);
        hours.setPrefWidth(55);
        rating.setPrefWidth(55);
        TableColumn<Event, String> author = text("Author", Event::author);
        TableColumn<Event, String> products = text("Products", e -> String.join(", ", e.products()));
        table.getColumns().addAll(List.of(start, stop, hours, tags, rating, author, products));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attributes = new AttributeColumns(table, session.events(), this::store, messages);
        MenuItem addAttribute = new MenuItem("Add attribute column…");
        addAttribute.setOnAction(e -> askAttributeName());
        table.setContextMenu(new ContextMenu(addAttribute));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                session.selectedProperty().set(now);
            }
        });
        session.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filter, table);
        setSpacing(4);
    }

    TableView<Event> table() {
        return table;
    }

    AttributeColumns attributes() {
        return attributes;
    }

    private void askAttributeName() {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle("Add attribute column");
        ask.setHeaderText("A custom attribute of the events: type its values in the column's cells");
        ask.setContentText("Name");
        ask.initOwner(getScene().getWindow());
        ask.showAndWait().ifPresent(attributes::add);
    }

    /** Sets the rating of {@code event} from the text typed: 1 to 10, or nothing for none. */
    void rate(Event event, String text) {
        try {
            String t = text.strip();
            store(event.withRating(t.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(t))));
        } catch (IllegalArgumentException e) {
            table.refresh(); // the cell shows the stored rating again
            messages.accept("Cannot rate the event: a rating is a whole number from 1 to 10, not '" + text + "'");
        }
    }

    private void store(Event edited) {
        session.perform("edit the event", store -> store.updateEvent(edited), stored -> {});
    }

    private static List<String> tagsOf(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Events matching the filter's text: a predicate when it parses as one, else all its words in the event's text. */
    private static Predicate<Event> matching(String text) {
        if (text == null || text.isBlank()) {
            return e -> true;
        }
        try {
            return new PredicateEvaluator(PredicateParser.parse(text));
        } catch (IllegalArgumentException notAPredicate) {
            String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
            return e -> {
                String all = (String.join(" ", e.tags()) + " " + e.author() + " " + String.join(" ", e.products()))
                        .toLowerCase(Locale.ROOT);
                return Arrays.stream(words).allMatch(all::contains);
            };
        }
    }

    private static TableColumn<Event, String> text(String title, java.util.function.Function<Event, String> value) {
        TableColumn<Event, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
