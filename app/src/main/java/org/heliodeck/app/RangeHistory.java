package org.heliodeck.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.heliodeck.core.time.TimeRange;

/**
 * The ranges a user went through, as a browser's back/forward: going somewhere new forgets what
 * was ahead. Bounded, so hours of panning do not grow it without end.
 */
final class RangeHistory {

    private static final int LIMIT = 200;

    private final Deque<TimeRange> behind = new ArrayDeque<>();
    private final Deque<TimeRange> ahead = new ArrayDeque<>();

    /** Records that the user left {@code previous} for a new range. */
    void left(TimeRange previous) {
        behind.push(previous);
        if (behind.size() > LIMIT) {
            behind.removeLast();
        }
        ahead.clear();
    }

    /** The range before {@code current}, which becomes the one ahead; empty at the start. */
    Optional<TimeRange> back(TimeRange current) {
        if (behind.isEmpty()) {
            return Optional.empty();
        }
        ahead.push(current);
        return Optional.of(behind.pop());
    }

    /** The range ahead of {@code current} after going back; empty when none. */
    Optional<TimeRange> forward(TimeRange current) {
        if (ahead.isEmpty()) {
            return Optional.empty();
        }
        behind.push(current);
        return Optional.of(ahead.pop());
    }

    boolean canGoBack() {
        return !behind.isEmpty();
    }

    boolean canGoForward() {
        return !ahead.isEmpty();
    }
}
