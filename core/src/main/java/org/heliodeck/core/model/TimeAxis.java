package org.heliodeck.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The record times of a variable: strictly increasing TT2000 instants (nanoseconds), possibly a
 * view of part of a larger array so that time slices copy nothing. Equality is by content.
 */
public final class TimeAxis {

    private final long[] times;
    private final int offset;
    private final int size;

    private TimeAxis(long[] times, int offset, int size) {
        this.times = times;
        this.offset = offset;
        this.size = size;
    }

    /** Adopts {@code times} (not copied), which must be strictly increasing. */
    public static TimeAxis of(long[] times) {
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times are not strictly increasing at index " + i + ": "
                        + times[i - 1] + " then " + times[i]);
            }
        }
        return new TimeAxis(times, 0, times.length);
    }

    public int size() {
        return size;
    }

    public long get(int index) {
        return times[offset + Objects.checkIndex(index, size)];
    }

    /**
     * The first index whose time is at or after {@code t}, or {@link #size()} when none is: where
     * {@code t} would be inserted. Binary search.
     */
    public int indexAtOrAfter(long t) {
        int lo = offset;
        int hi = offset + size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - offset;
    }

    /** Indices {@code [from, to)} as a view sharing this array. */
    public TimeAxis slice(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        return from == 0 && to == size ? this : new TimeAxis(times, offset + from, to - from);
    }

    public long[] toArray() {
        return Arrays.copyOfRange(times, offset, offset + size);
    }

    /** The times of {@code parts} in the order of {@code plan}, which makes them strictly increasing. */
    static TimeAxis merged(List<TimeAxis> parts, MergePlan plan) {
        long[] out = new long[plan.records()];
        plan.forEachRun((part, from, count, at) -> {
            TimeAxis source = parts.get(part);
            System.arraycopy(source.times, source.offset + from, out, at, count);
        });
        return new TimeAxis(out, 0, out.length);
    }

    /** Adopts times the caller has already made strictly increasing. */
    static TimeAxis trusted(long[] times) {
        return new TimeAxis(times, 0, times.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeAxis other
                && Arrays.equals(times, offset, offset + size, other.times, other.offset, other.offset + other.size);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + size; i++) {
            h = 31 * h + Long.hashCode(times[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        return size == 0 ? "TimeAxis[]" : "TimeAxis[" + size + " times, " + get(0) + " .. " + get(size - 1) + "]";
    }
}
