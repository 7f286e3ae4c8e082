package org.heliodeck.core.time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A half-open interval of TT2000 instants, {@code [start, stop)}: {@code start} is inside,
 * {@code stop} is not. An empty range ({@code start == stop}) is allowed and contains nothing.
 */
public record TimeRange(long start, long stop) {

    private static final Comparator<TimeRange> BY_START =
            Comparator.comparingLong(TimeRange::start).thenComparingLong(TimeRange::stop);

    public TimeRange {
        if (stop < start) {
            throw new IllegalArgumentException(
                    "time range stops before it starts: " + Tt2000.format(start) + " > " + Tt2000.format(stop));
        }
    }

    /** The range between two ISO 8601 UTC times, e.g. {@code of("2016-12-31", "2017-01-01T12")}. */
    public static TimeRange of(CharSequence start, CharSequence stop) {
        return new TimeRange(Tt2000.parse(start), Tt2000.parse(stop));
    }

    /** Reads an ISO 8601 interval {@code start/stop}, the form {@link #toString} writes. */
    public static TimeRange parse(CharSequence interval) {
        String text = interval.toString();
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a time range: expected 'start/stop'");
        }
        long s = Tt2000.parse(text.substring(0, slash));
        long e = Tt2000.parse(text.substring(slash + 1));
        if (e < s) {
            throw new IllegalArgumentException("time range '" + text + "' stops before it starts");
        }
        return new TimeRange(s, e);
    }

    /** Length in nanoseconds. */
    public long duration() {
        return stop - start;
    }

    public boolean isEmpty() {
        return start == stop;
    }

    public boolean contains(long t) {
        return t >= start && t < stop;
    }

    /** True when every instant of {@code other} is in this range. */
    public boolean contains(TimeRange other) {
        return other.start >= start && other.stop <= stop;
    }

    /** True when the two ranges share at least one instant. */
    public boolean overlaps(TimeRange other) {
        return start < other.stop && other.start < stop;
    }

    /** The instants in both ranges, or empty when they share none. */
    public Optional<TimeRange> intersect(TimeRange other) {
        long s = Math.max(start, other.start);
        long e = Math.min(stop, other.stop);
        return s < e ? Optional.of(new TimeRange(s, e)) : Optional.empty();
    }

    /**
     * The smallest sorted list of disjoint, non-adjacent ranges that covers exactly the instants of
     * {@code ranges}. Empty ranges are dropped; touching ranges ({@code a.stop == b.start}) merge.
     */
    public static List<TimeRange> union(Collection<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges.size());
        for (TimeRange r : ranges) {
            if (!r.isEmpty()) {
                sorted.add(r);
            }
        }
        sorted.sort(BY_START);
        List<TimeRange> merged = new ArrayList<>(sorted.size());
        for (TimeRange r : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && r.start <= merged.get(last).stop) {
                TimeRange prev = merged.get(last);
                merged.set(last, new TimeRange(prev.start, Math.max(prev.stop, r.stop)));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /**
     * The parts of this range that none of {@code covered} contains, sorted: e.g. what must still
     * be fetched when {@code covered} is what a cache holds.
     */
    public List<TimeRange> subtract(Collection<TimeRange> covered) {
        List<TimeRange> missing = new ArrayList<>();
        long cursor = start;
        for (TimeRange c : union(covered)) {
            if (c.stop <= cursor) {
                continue;
            }
            if (c.start >= stop) {
                break;
            }
            if (c.start > cursor) {
                missing.add(new TimeRange(cursor, c.start));
            }
            cursor = c.stop;
        }
        if (cursor < stop) {
            missing.add(new TimeRange(cursor, stop));
        }
        return missing;
    }

    /**
     * The fragments of a fixed grid that together cover this range, whole (not clipped): what a
     * cache stores and fetches. The grid is laid on UTC days, so a 12-hour grid starts at midnight
     * and noon whatever the leap seconds; a leap second belongs to the last fragment of its day.
     *
     * @param length a divisor of one day (1 h, 12 h, 10 min…) or a whole number of days, the
     *     latter aligned on multiples of that many days since 1970-01-01
     */
    public List<TimeRange> fragments(Duration length) {
        long nanos = length.toNanos();
        if (nanos <= 0 || (nanos < TimeScale.NANOS_PER_DAY ? TimeScale.NANOS_PER_DAY % nanos : nanos % TimeScale.NANOS_PER_DAY) != 0) {
            throw new IllegalArgumentException("fragment length " + length + " neither divides a day nor is a whole number of days");
        }
        List<TimeRange> fragments = new ArrayList<>();
        if (isEmpty()) {
            return fragments;
        }
        TimeScale scale = TimeScale.standard();
        long day = scale.epochDay(start);
        if (nanos >= TimeScale.NANOS_PER_DAY) {
            long days = nanos / TimeScale.NANOS_PER_DAY;
            day -= Math.floorMod(day, days);
            for (long from = scale.dayStart(day); from < stop; day += days) {
                long to = scale.dayStart(day + days);
                fragments.add(new TimeRange(from, to));
                from = to;
            }
            return fragments;
        }
        long perDay = TimeScale.NANOS_PER_DAY / nanos;
        long dayStart = scale.dayStart(day);
        long index = Math.min((start - dayStart) / nanos, perDay - 1);
        long from = dayStart + index * nanos;
        while (from < stop) {
            long to;
            if (++index == perDay) {
                dayStart = scale.dayStart(++day);
                index = 0;
                to = dayStart;
            } else {
                to = dayStart + index * nanos;
            }
            fragments.add(new TimeRange(from, to));
            from = to;
        }
        return fragments;
    }

    /** This range moved by {@code nanos} (negative moves it earlier). */
    public TimeRange shift(long nanos) {
        return new TimeRange(Math.addExact(start, nanos), Math.addExact(stop, nanos));
    }

    /**
     * This range scaled by {@code factor} about the instant {@code center}, which keeps its relative
     * place: a factor below 1 zooms in, above 1 zooms out. {@code center} need not lie inside.
     */
    public TimeRange zoom(double factor, long center) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be a positive finite number, not " + factor);
        }
        // Zooming far out stops at the ends of the long range instead of wrapping around.
        double before = (double) (center - start) * factor;
        double after = (double) (stop - center) * factor;
        long s = before >= (double) center - Long.MIN_VALUE ? Long.MIN_VALUE : saturatedSum(center, -Math.round(before));
        long e = after >= (double) Long.MAX_VALUE - center ? Long.MAX_VALUE : saturatedSum(center, Math.round(after));
        return new TimeRange(s, Math.max(s, e));
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        // Overflow only when both operands share a sign that the sum lacks.
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** The range as an ISO 8601 interval, {@code 2016-12-31T00:00:00Z/2017-01-01T00:00:00Z}, exact to the nanosecond. */
    @Override
    public String toString() {
        return Tt2000.format(start) + "/" + Tt2000.format(stop);
    }
}
