package org.heliodeck.app.learn;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.SelectionModel;
import javafx.scene.paint.Color;
import org.heliodeck.ml.Suggestion;
import org.heliodeck.plot.figure.Layer;
import org.heliodeck.plot.figure.ZoneLayer;

/**
 * The suggestions under review as hatched zones on every panel, in a colour no catalog gets, each
 * labelled with its confidence, the selected one marked: they never read as stored events.
 */
final class SuggestionZones implements Supplier<List<Layer>> {

    /** Not among the catalogs' colours (CatalogColors), and strong enough for thin hatching. */
    static final Color COLOUR = Color.web("#D81B60");

    private final ObservableList<Suggestion> suggestions;
    private final SelectionModel<Suggestion> selection;

    SuggestionZones(ObservableList<Suggestion> suggestions, SelectionModel<Suggestion> selection) {
        this.suggestions = suggestions;
        this.selection = selection;
    }

    @Override
    public List<Layer> get() {
        if (suggestions.isEmpty()) {
            return List.of();
        }
        Suggestion selected = selection.getSelectedItem();
        List<ZoneLayer.Zone> zones = suggestions.stream().map(s -> new ZoneLayer.Zone(s.range(),
                (s == selected ? "▶ " : "") + String.format(Locale.ROOT, "%.2f", s.confidence()))).toList();
        return List.of(new ZoneLayer("suggested", COLOUR, zones, ZoneLayer.Style.HATCHED));
    }
}
