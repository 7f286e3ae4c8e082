package org.heliodeck.plot.fx;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The JavaFX application thread for work that needs it (snapshots, text metrics) from code that
 * may run anywhere: the application, a command-line export, a test. Starts the toolkit when
 * nothing has yet; headless needs {@code -Dglass.platform=Headless}.
 */
public final class FxThread {

    private static final Object LOCK = new Object();
    private static boolean started;

    private FxThread() {
    }

    /** Starts the JavaFX toolkit unless it runs already (started by us, the application or a test). */
    public static void ensureStarted() {
        synchronized (LOCK) {
            if (started) {
                return;
            }
            try {
                Platform.startup(() -> { });
            } catch (IllegalStateException alreadyRunning) {
                // "Toolkit already initialized": an Application or another library started it; use it.
            }
            started = true;
        }
    }

    /**
     * Runs {@code task} on the JavaFX application thread and returns its result: directly when
     * called on that thread, otherwise waiting at most {@code timeout} so that a stalled toolkit
     * ends in an error instead of a hung export.
     */
    public static <T> T call(Supplier<T> task, Duration timeout) {
        if (Platform.isFxApplicationThread()) {
            return task.get();
        }
        ensureStarted();
        FutureTask<T> future = new FutureTask<>(task::get);
        Platform.runLater(future);
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new IllegalStateException("the JavaFX application thread did not finish within " + timeout, e);
        } catch (InterruptedException e) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the JavaFX application thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
