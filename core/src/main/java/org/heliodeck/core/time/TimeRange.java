package org.heliodeck.core.time;

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
                    "time range stops before it starts: " + start + " > " + stop + " (TT2000 ns)");
        }
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
        long s = center - Math.round((center - start) * factor);
        long e = center + Math.round((stop - center) * factor);
        return new TimeRange(s, Math.max(s, e));
    }
}
