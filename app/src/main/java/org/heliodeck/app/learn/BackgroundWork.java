package org.heliodeck.app.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.heliodeck.data.FetchContext;

/**
 * Long work of the Learn panel (a training, a scan) on a worker thread, one at a time, its progress
 * and state shown on the FX thread. {@link #cancel()} raises a flag that the work's progress
 * callbacks and data fetches check: it stops at the next round, chunk or fragment instead of
 * running to its end unseen. Errors end in a message naming what failed.
 */
final class BackgroundWork implements AutoCloseable {

    /** The work, given its run to report progress on. */
    @FunctionalInterface
    interface Work<T> {
        T run(Run run) throws IOException;
    }

    /** What the work sees of its run. Any thread. */
    final class Run {
        private volatile boolean cancelled;

        /** Shows progress; stops the work, by throwing, once it was cancelled. */
        void progress(String text, double fraction) {
            if (cancelled) {
                throw new CancellationException("cancelled");
            }
            Platform.runLater(() -> {
                if (current == this) {
                    state.set(text);
                    progress.set(fraction);
                }
            });
        }

        /** What the work's fetches are told: to stop when it is cancelled. */
        FetchContext fetches() {
            return new FetchContext(() -> cancelled, bytes -> { });
        }
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "learning");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<String> messages;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    /** -1 while the work cannot say how far it is (building features), else 0 to 1. */
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty state = new SimpleStringProperty(this, "state", "");
    private Run current;

    /** @param messages also told of failures (the status bar) */
    BackgroundWork(Consumer<String> messages) {
        this.messages = messages;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    /** What the work is doing, or how it ended. */
    StringProperty stateProperty() {
        return state;
    }

    /**
     * Starts {@code work} unless some work is running (the buttons say so by being disabled); hands
     * its result to {@code done} on the FX thread. {@code what} names it in the messages ("train").
     * FX thread.
     */
    <T> void start(String what, Work<T> work, Consumer<T> done) {
        if (running.get()) {
            return;
        }
        Run run = new Run();
        current = run;
        running.set(true);
        progress.set(-1);
        state.set(what + "…");
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(run);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, worker).whenComplete((result, failed) -> Platform.runLater(() -> {
            current = null;
            running.set(false);
            if (failed == null) {
                progress.set(1);
                state.set("");
                done.accept(result);
                return;
            }
            progress.set(0);
            Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
            if (cause instanceof UncheckedIOException u) {
                cause = u.getCause();
            }
            if (run.cancelled || cause instanceof CancellationException) {
                state.set("Cancelled: " + what);
                return;
            }
            String message = "Cannot " + what + ": " + (cause.getMessage() == null ? cause.toString() : cause.getMessage());
            state.set(message);
            messages.accept(message);
        }));
    }

    /** Stops the work running, if any, at its next progress or fetch. FX thread. */
    void cancel() {
        if (current != null) {
            current.cancelled = true;
            state.set("Cancelling…");
        }
    }

    @Override
    public void close() {
        cancel();
        worker.shutdown();
    }
}
