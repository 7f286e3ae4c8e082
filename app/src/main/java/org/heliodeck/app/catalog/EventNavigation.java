package org.heliodeck.app.catalog;

import java.util.List;
import java.util.Optional;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.time.TimeRange;

/** Where the time range goes for an event: the event with a margin, and the next or previous one. */
public final class EventNavigation {

    private EventNavigation() {}

    /**
     * The event with {@code margin} times its duration on each side; an event of no duration gets
     * an hour on each side, as a margin of nothing would show nothing.
     */
    public static TimeRange around(Event event, double margin) {
        return around(event.range(), margin);
    }

    /** The same for an interval that is not a stored event yet (a detector's suggestion). */
    public static TimeRange around(TimeRange interval, double margin) {
        long pad = interval.stop() > interval.start() ? Math.round(interval.duration() * margin) : 3_600_000_000_000L;
        return new TimeRange(interval.start() - pad, interval.stop() + pad);
    }

    /** The first event (by start) starting after {@code time}; the events are by start. */
    public static Optional<Event> next(List<Event> events, long time) {
        return events.stream().filter(e -> e.start() > time).findFirst();
    }

    /** The last event (by start) starting before {@code time}. */
    public static Optional<Event> previous(List<Event> events, long time) {
        return events.reversed().stream().filter(e -> e.start() < time).findFirst();
    }
}
