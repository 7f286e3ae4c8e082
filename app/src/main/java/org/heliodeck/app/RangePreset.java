package org.heliodeck.app;

import java.time.Duration;
import org.heliodeck.core.time.TimeRange;

/** Range lengths a user often wants, applied around the current range's centre. */
enum RangePreset {
    HOUR("1 h", Duration.ofHours(1)),
    SIX_HOURS("6 h", Duration.ofHours(6)),
    DAY("1 d", Duration.ofDays(1)),
    WEEK("1 w", Duration.ofDays(7)),
    /** Thirty days: around a centre, a calendar month has no natural start. */
    MONTH("1 month", Duration.ofDays(30));

    private final String label;
    private final Duration length;

    RangePreset(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    String label() {
        return label;
    }

    /** A range of this length centred where {@code current} is. */
    TimeRange around(TimeRange current) {
        long centre = current.start() + current.duration() / 2;
        long half = length.toNanos() / 2;
        return new TimeRange(centre - half, centre - half + length.toNanos());
    }
}
