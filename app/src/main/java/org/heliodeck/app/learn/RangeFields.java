package org.heliodeck.app.learn;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;

/** A start and a stop typed as ISO 8601 UTC times, and a button that fills in the range the panels show. */
final class RangeFields extends HBox {

    private static final IsoTimeFormat SECONDS = new IsoTimeFormat(0, false);

    private final TextField start = new TextField();
    private final TextField stop = new TextField();
    private final Supplier<TimeRange> visible;

    /** @param id prefix of the fields' ids ({@code id-start}, {@code id-stop}) */
    RangeFields(String id, Supplier<TimeRange> visible) {
        super(6);
        this.visible = visible;
        setAlignment(Pos.CENTER_LEFT);
        start.setId(id + "-start");
        stop.setId(id + "-stop");
        for (TextField f : new TextField[] {start, stop}) {
            f.setPrefColumnCount(15);
            f.setPromptText("YYYY-MM-DDThh:mm:ss");
        }
        Button shown = new Button("Visible");
        shown.setOnAction(e -> set(visible.get()));
        shown.setTooltip(new Tooltip("The range the panels show"));
        getChildren().addAll(start, new Label("to"), stop, shown);
    }

    void set(TimeRange range) {
        start.setText(SECONDS.format(range.start()));
        stop.setText(SECONDS.format(range.stop()));
    }

    /** Fills in the visible range. */
    void showVisible() {
        set(visible.get());
    }

    /** @throws IllegalArgumentException saying which field is wrong, or that the range is empty */
    TimeRange range(String what) {
        long from = time(start, what + " start");
        long to = time(stop, what + " stop");
        if (to <= from) {
            throw new IllegalArgumentException("the " + what + " range is empty: its stop must come after its start");
        }
        return new TimeRange(from, to);
    }

    private static long time(TextField field, String what) {
        try {
            return Tt2000.parse(field.getText().strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read the " + what + " '" + field.getText() + "': " + e.getMessage(), e);
        }
    }
}
