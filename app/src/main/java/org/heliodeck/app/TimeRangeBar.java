package org.heliodeck.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.core.time.UtcDateTime;

/**
 * The time range every panel shows: typed in any ISO 8601 form the core reads, picked from presets
 * or a calendar, and walked back and forward through the history. Text that cannot be read leaves
 * the range as it was and says why, beside the field.
 */
public final class TimeRangeBar extends HBox {

    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(this, "range");
    /** A drag or a wheel spin moves the range at every event; half a second still ends the step. */
    private final RangeHistory history = new RangeHistory(System::nanoTime, java.time.Duration.ofMillis(500));
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final Button back = new Button("◀");
    private final Button forward = new Button("▶");
    private final DatePicker day = new DatePicker();
    /** Set while the user's own choice in the bar (text, preset, calendar) moves the range. */
    private boolean chosen;
    /** Set while the bar itself moves through the history, which must not record that move. */
    private boolean walking;
    /** Set while the calendar is made to show the range's day, which is no request to move. */
    private boolean showingDay;

    public TimeRangeBar(TimeRange initial) {
        getStyleClass().add("time-range-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        field.setId("time-range");
        error.setId("time-range-error");
        back.setId("time-back");
        forward.setId("time-forward");
        day.setId("time-day");
        error.getStyleClass().add("error");
        error.setManaged(false);
        error.setVisible(false);
        field.setPrefColumnCount(44);
        field.setTooltip(new Tooltip("START/STOP in ISO 8601, two times, or one time (keeps the length); Enter applies"));
        back.setTooltip(new Tooltip("Previous range (Alt+←)"));
        forward.setTooltip(new Tooltip("Next range (Alt+→)"));
        day.setTooltip(new Tooltip("Start on this day (UTC), keeping the length"));
        day.setPrefWidth(130);
        // The same notation as the field, whatever the locale.
        day.setConverter(new javafx.util.converter.LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        HBox.setHgrow(field, Priority.ALWAYS);

        back.setOnAction(e -> back());
        forward.setOnAction(e -> forward());
        field.setOnAction(e -> apply(field.getText()));
        day.valueProperty().addListener((obs, old, date) -> {
            if (date != null && !showingDay) {
                long start = Tt2000.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), 0, 0, 0, 0);
                choose(new TimeRange(start, start + getRange().duration()));
            }
        });
        range.addListener((obs, old, now) -> {
            if (!walking && old != null && !old.equals(now)) {
                history.left(old, chosen);
            }
            show(now);
        });

        getChildren().addAll(back, forward, field, error);
        for (RangePreset preset : RangePreset.values()) {
            Button b = new Button(preset.label());
            b.getStyleClass().add("preset");
            b.setOnAction(e -> choose(preset.around(getRange())));
            getChildren().add(b);
        }
        getChildren().add(day);
        range.set(initial);
    }

    /** The range shown; set it to move every panel, listen to it to follow the user. */
    public ObjectProperty<TimeRange> rangeProperty() {
        return range;
    }

    public TimeRange getRange() {
        return range.get();
    }

    /** Moves to {@code value}; changes made in quick succession (a drag on a plot) are one step of the history. */
    public void setRange(TimeRange value) {
        range.set(value);
    }

    /** Moves to a range the user chose in the bar itself: always a step of the history of its own. */
    private void choose(TimeRange value) {
        chosen = true;
        try {
            range.set(value);
        } finally {
            chosen = false;
        }
    }

    /** Goes back to the range before this one, if any. */
    public void back() {
        walk(history.back(getRange()));
    }

    /** Goes forward again after {@link #back}, if possible. */
    public void forward() {
        walk(history.forward(getRange()));
    }

    /** The parse error shown, empty when the text was read. */
    public String error() {
        return error.getText();
    }

    /** Reads {@code text} and moves there, or shows why it cannot be read and stays. */
    void apply(String text) {
        try {
            TimeRange read = read(text.strip());
            if (read.isEmpty()) {
                throw new IllegalArgumentException("the range " + read + " is empty: its stop must be after its start");
            }
            showError("");
            choose(read);
            show(read);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
        }
    }

    /** START/STOP, or START and STOP apart, or one time starting a range as long as the current one. */
    private TimeRange read(String text) {
        if (text.contains("/")) {
            return TimeRange.parse(text);
        }
        String[] times = text.split("\\s+");
        if (times.length == 2) {
            return TimeRange.of(times[0], times[1]);
        }
        if (times.length == 1 && !times[0].isEmpty()) {
            long start = Tt2000.parse(times[0]);
            return new TimeRange(start, start + getRange().duration());
        }
        throw new IllegalArgumentException("cannot read '" + text + "' as a time range: expected START/STOP in ISO 8601");
    }

    private void walk(Optional<TimeRange> to) {
        to.ifPresent(r -> {
            walking = true;
            try {
                setRange(r);
            } finally {
                walking = false;
            }
        });
    }

    private void show(TimeRange r) {
        field.setText(r.toString());
        showError("");
        back.setDisable(!history.canGoBack());
        forward.setDisable(!history.canGoForward());
        UtcDateTime start = Tt2000.utc(r.start());
        showingDay = true;
        try {
            day.setValue(LocalDate.of(start.year(), start.month(), start.day()));
        } finally {
            showingDay = false;
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(!message.isEmpty());
        error.setManaged(!message.isEmpty());
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), !message.isEmpty());
    }
}
