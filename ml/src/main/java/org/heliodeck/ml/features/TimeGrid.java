package org.heliodeck.ml.features;

import java.time.Duration;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;

/**
 * The steps of a fixed cadence over a range, on UTC boundaries: an hourly grid starts each step on a
 * UTC hour. Core's {@code Resampler} bins are uniform in TT2000, which drifts a second away from
 * the UTC hours at each leap second; catalogs and OMNI2 files are written in UTC.
 */
public final class TimeGrid {

    private TimeGrid() {}

    /**
     * The step starts from {@code range.start()} rounded down to a multiple of the cadence since the
     * Unix epoch (UTC), up to but excluding {@code range.stop()}.
     */
    public static long[] over(TimeRange range, Duration cadence) {
        long step = cadence.toNanos();
        long first = Math.floorDiv(Tt2000.toUnixNanos(range.start()), step) * step;
        long last = Tt2000.toUnixNanos(range.stop());
        int n = (int) Math.max(0, Math.ceilDiv(last - first, step));
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = Tt2000.fromUnixNanos(first + i * step);
        }
        return times;
    }

    /** The range the steps cover: from the first step's start to the last one's end. */
    public static TimeRange covered(long[] times, Duration cadence) {
        if (times.length == 0) {
            throw new IllegalArgumentException("an empty grid covers nothing");
        }
        return new TimeRange(times[0], stepEnd(times, times.length - 1, cadence));
    }

    /** Where step {@code i} ends: the next step's start, or one cadence after the last one's. */
    static long stepEnd(long[] times, int i, Duration cadence) {
        return i + 1 < times.length ? times[i + 1]
                : Tt2000.fromInstant(Tt2000.toInstant(times[i]).plus(cadence));
    }
}
