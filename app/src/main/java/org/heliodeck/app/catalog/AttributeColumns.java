package org.heliodeck.app.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.heliodeck.catalog.Event;
import org.heliodeck.formats.catalog.AttributeText;
import org.heliodeck.formats.catalog.AttributeValue;

/**
 * One editable column per custom attribute of the listed events, after the fixed columns: the
 * columns follow the names the events carry (plus those the user adds, until they are left empty),
 * a typed value keeps the attribute's type, an emptied cell removes the attribute from the event.
 */
final class AttributeColumns {

    /** The id of an attribute's column: the prefix, then the attribute's name. */
    static final String ID_PREFIX = "attribute-";

    private final TableView<Event> table;
    private final ObservableList<Event> events;
    private final Consumer<Event> store;
    private final Consumer<String> messages;
    /** Names the user added that no event carries yet. */
    private final Set<String> added = new LinkedHashSet<>();
    private final Map<String, TableColumn<Event, String>> columns = new LinkedHashMap<>();

    AttributeColumns(TableView<Event> table, ObservableList<Event> events, Consumer<Event> store, Consumer<String> messages) {
        this.table = table;
        this.events = events;
        this.store = store;
        this.messages = messages;
        events.addListener((ListChangeListener<Event>) change -> follow());
        follow();
    }

    /** A column for a new attribute, empty until a value is typed in a row. FX thread. */
    void add(String name) {
        String n = name.strip();
        if (!n.matches("[A-Za-z][A-Za-z_0-9]*")) {
            messages.accept("Cannot add the attribute '" + n + "': a name is a letter then letters, digits or _");
            return;
        }
        if (!columns.containsKey(n)) {
            added.add(n);
            follow();
        }
    }

    /** Sets {@code name} of {@code event} from the text typed: of the attribute's type, or removed when empty. */
    void edit(Event event, String name, String text) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(event.attributes());
        try {
            if (text == null || text.isBlank()) {
                attributes.remove(name);
            } else {
                attributes.put(name, AttributeText.parse(text.strip(), typeOf(event, name)));
            }
            store.accept(event.withAttributes(attributes));
        } catch (IllegalArgumentException e) {
            table.refresh(); // the cell shows the stored value again
            messages.accept("Cannot set " + name + " of the event: " + e.getMessage());
        }
    }

    /** The event's own value of the attribute, else another event's: a column holds one type. */
    private Optional<AttributeValue> typeOf(Event event, String name) {
        AttributeValue own = event.attributes().get(name);
        if (own != null) {
            return Optional.of(own);
        }
        return events.stream().map(e -> e.attributes().get(name)).filter(v -> v != null).findFirst();
    }

    private void follow() {
        Set<String> names = new LinkedHashSet<>();
        events.forEach(e -> names.addAll(e.attributes().keySet()));
        added.removeAll(names);
        names.addAll(added);
        if (names.equals(columns.keySet())) {
            return;
        }
        table.getColumns().removeAll(columns.values());
        Map<String, TableColumn<Event, String>> kept = new LinkedHashMap<>(columns);
        columns.clear();
        List<TableColumn<Event, String>> shown = new ArrayList<>();
        for (String name : names) {
            TableColumn<Event, String> column = kept.containsKey(name) ? kept.get(name) : column(name);
            columns.put(name, column);
            shown.add(column);
        }
        table.getColumns().addAll(shown);
    }

    private TableColumn<Event, String> column(String name) {
        TableColumn<Event, String> column = new TableColumn<>(name);
        column.setId(ID_PREFIX + name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Optional.ofNullable(c.getValue().attributes().get(name)).map(AttributeText::format).orElse("")));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        column.setEditable(true);
        column.setOnEditCommit(c -> edit(c.getRowValue(), name, c.getNewValue()));
        column.setPrefWidth(90);
        return column;
    }
}
