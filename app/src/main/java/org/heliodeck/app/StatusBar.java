package org.heliodeck.app;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.cache.FragmentListener;

/**
 * Loading progress and the last error, at the bottom of the window. Every method may be called from
 * any thread and returns at once: updates are coalesced into at most one pending FX-thread task, so
 * a thousand fragments arriving together cost one redraw, and loading never waits on the screen.
 */
public final class StatusBar extends HBox {

    private final ProgressBar bar = new ProgressBar(0);
    private final Label progress = new Label();
    private final Label error = new Label();
    /** The newest progress not yet shown; null when the screen is up to date. */
    private final AtomicReference<LoadProgress> pendingProgress = new AtomicReference<>();
    private final AtomicReference<Message> pendingMessage = new AtomicReference<>();

    /** What the message line shows: an error (styled as one) or a message of the window's own. */
    private record Message(String text, boolean isError) {}

    public StatusBar() {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        bar.setId("status-progress-bar");
        progress.setId("status-progress");
        error.setId("status-error");
        error.getStyleClass().add("error");
        bar.setPrefWidth(140);
        bar.setVisible(false);
        error.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(error, Priority.ALWAYS);
        getChildren().addAll(bar, progress, error);
    }

    /**
     * A listener to hand the data layer for one request of {@code product} over {@code range}: each
     * fragment's arrival moves the progress shown.
     */
    public FragmentListener listener(String product, TimeRange range) {
        AtomicLong bytes = new AtomicLong();
        return (fragment, variables, done, total) -> progress(new LoadProgress(product, range, done, total,
                bytes.addAndGet(LoadProgress.bytesOf(variables))));
    }

    /** Shows that {@code product} over {@code range} failed to load, and why. */
    public void error(String product, TimeRange range, String message) {
        post(pendingMessage, new Message(product + " over " + range + ": " + message, true));
    }

    /** Shows a message of the window's own: a workspace opened or saved, a figure exported, or why not. */
    public void message(String text) {
        post(pendingMessage, new Message(text, false));
    }

    /** Removes the error shown. */
    public void clearError() {
        post(pendingMessage, new Message("", false));
    }

    /** The progress text shown (for tests and the window's title). */
    public String progressText() {
        return progress.getText();
    }

    /** The error text shown, empty when none. */
    public String errorText() {
        return error.getText();
    }

    private void progress(LoadProgress latest) {
        post(pendingProgress, latest);
    }

    /**
     * Leaves {@code value} for the FX thread; schedules a task only when none is pending, which
     * shows whatever is newest when it runs.
     */
    private <T> void post(AtomicReference<T> pending, T value) {
        if (pending.getAndSet(value) == null) {
            Platform.runLater(this::showPending);
        }
    }

    private void showPending() {
        LoadProgress p = pendingProgress.getAndSet(null);
        if (p != null) {
            progress.setText(p.describe());
            bar.setProgress(p.fraction());
            bar.setVisible(!p.finished());
        }
        Message m = pendingMessage.getAndSet(null);
        if (m != null) {
            error.setText(m.text());
            error.getStyleClass().remove("error");
            if (m.isError()) {
                error.getStyleClass().add("error");
            }
        }
    }
}
