package org.heliodeck.app;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.heliodeck.core.time.TimeRange;

/**
 * The ranges a user went through, as a browser's back/forward: going somewhere new forgets what
 * was ahead. Bounded, so hours of panning do not grow it without end. Changes that follow each
 * other closer than the settling time (a drag or a spin of the wheel moves the range at every
 * event) are one step: going back returns to where the gesture started.
 */
final class RangeHistory {

    private static final int LIMIT = 200;

    private final Deque<TimeRange> behind = new ArrayDeque<>();
    private final Deque<TimeRange> ahead = new ArrayDeque<>();
    private final LongSupplier clock;
    private final long settleNanos;
    private long lastChange = Long.MIN_VALUE;

    /** Every change a step of its own. */
    RangeHistory() {
        this(() -> 0, Duration.ZERO);
    }

    /** Changes closer than {@code settle} on {@code clock} (nanoseconds) one step. */
    RangeHistory(LongSupplier clock, Duration settle) {
        this.clock = clock;
        this.settleNanos = settle.toNanos();
    }

    /** Records that the user left {@code previous} for a new range. */
    void left(TimeRange previous) {
        left(previous, false);
    }

    /**
     * Records that the user left {@code previous}; {@code deliberate} (a range typed or picked) is a
     * step whatever the time since the last change.
     */
    void left(TimeRange previous, boolean deliberate) {
        long now = clock.getAsLong();
        boolean sameGesture = !deliberate && settleNanos > 0 && lastChange != Long.MIN_VALUE && now - lastChange < settleNanos;
        lastChange = now;
        ahead.clear();
        if (sameGesture) {
            return;
        }
        behind.push(previous);
        if (behind.size() > LIMIT) {
            behind.removeLast();
        }
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
