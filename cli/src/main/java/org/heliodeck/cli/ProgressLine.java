package org.heliodeck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.cache.FragmentListener;

/**
 * A progress bar on one line of standard error, for a person at a terminal: the fragments of a
 * request that have arrived and the bytes received. Redrawn in place; {@link #clear()} erases it.
 */
final class ProgressLine implements FragmentListener, LongConsumer {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final AtomicLong bytes = new AtomicLong();
    private volatile int done;
    private volatile int total;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void arrived(TimeRange fragment, List<Variable> variables, int doneSoFar, int fragments) {
        done = Math.max(done, doneSoFar);
        total = fragments;
        draw();
    }

    @Override
    public void accept(long received) {
        bytes.addAndGet(received);
        draw();
    }

    void clear() {
        synchronized (err) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }

    private void draw() {
        int n = total;
        int filled = n == 0 ? 0 : WIDTH * done / n;
        String line = String.format("\r  [%s%s] %s %.1f MB", "#".repeat(filled), ".".repeat(WIDTH - filled),
                n == 0 ? "" : done + "/" + n + " fragments,", bytes.get() / 1e6);
        synchronized (err) {
            err.print(line);
            err.flush();
        }
    }
}
