package org.heliodeck.plot.axis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heliodeck.core.time.TimeScale;

/**
 * One spacing of time ticks, in calendar terms: a fixed number of nanoseconds that divides a day
 * (ticks laid from each UTC day's start), a number of days (from 1970-01-01), months or years.
 * Steps are compared by {@link #approxNanos()}: the shortest a month (28 days) or year (365 days)
 * can be, so that a step chosen for its spacing is never narrower on screen than intended.
 *
 * @param unit what {@code count} counts
 * @param count how many units between ticks
 * @param minor the finer step whose ticks fall between these, when there is one
 */
public record TimeStep(Unit unit, long count, Optional<TimeStep> minor) {

    /** The units steps count in. */
    public enum Unit {
        NANOSECOND,
        DAY,
        MONTH,
        YEAR
    }

    private static final long NS_PER_S = TimeScale.NANOS_PER_SECOND;
    private static final long NS_PER_MIN = 60 * NS_PER_S;
    private static final long NS_PER_H = 60 * NS_PER_MIN;

    /** Every step from 1 ns to 1000 years, shortest first. */
    static final List<TimeStep> ALL = sequence();

    public TimeStep {
        if (count <= 0) {
            throw new IllegalArgumentException("a time step of " + count + " " + unit);
        }
    }

    /** Length in nanoseconds, taking the shortest month and year: a lower bound of every step of this kind. */
    public double approxNanos() {
        return switch (unit) {
            case NANOSECOND -> count;
            case DAY -> count * (double) TimeScale.NANOS_PER_DAY;
            case MONTH -> count * 28.0 * TimeScale.NANOS_PER_DAY;
            case YEAR -> count * 365.0 * TimeScale.NANOS_PER_DAY;
        };
    }

    @Override
    public String toString() {
        if (unit != Unit.NANOSECOND) {
            return count + " " + unit.name().toLowerCase() + (count > 1 ? "s" : "");
        }
        if (count % NS_PER_H == 0) {
            return count / NS_PER_H + " h";
        }
        if (count % NS_PER_MIN == 0) {
            return count / NS_PER_MIN + " min";
        }
        String[] units = {"ns", "µs", "ms", "s"};
        long v = count;
        int u = 0;
        while (v % 1000 == 0 && u < 3) {
            v /= 1000;
            u++;
        }
        return v + " " + units[u];
    }

    private static List<TimeStep> sequence() {
        List<TimeStep> steps = new ArrayList<>();
        // 1, 2, 5 × 10^p ns up to 500 ms; minors one 1-2-5 place down: 1 → 0.2, 2 → 0.5, 5 → 1.
        for (long decade = 1; decade < NS_PER_S; decade *= 10) {
            steps.add(fixed(decade, decade >= 10 ? decade / 5 : 0));
            steps.add(fixed(2 * decade, decade >= 10 ? decade / 2 : 0));
            steps.add(fixed(5 * decade, decade));
        }
        long[][] clock = {
            {1, 200_000_000}, {2, 500_000_000}, {5, 1}, {10, 2}, {15, 5}, {30, 5},
        };
        for (long[] s : clock) {
            steps.add(fixed(s[0] * NS_PER_S, s[0] == 1 || s[0] == 2 ? s[1] : s[1] * NS_PER_S));
        }
        long[][] minutes = {{1, 15 * NS_PER_S}, {2, 30 * NS_PER_S}, {5, NS_PER_MIN}, {10, 2 * NS_PER_MIN},
            {15, 5 * NS_PER_MIN}, {30, 5 * NS_PER_MIN}};
        for (long[] s : minutes) {
            steps.add(fixed(s[0] * NS_PER_MIN, s[1]));
        }
        long[][] hours = {{1, 15 * NS_PER_MIN}, {2, 30 * NS_PER_MIN}, {3, NS_PER_H}, {6, NS_PER_H}, {12, 3 * NS_PER_H}};
        for (long[] s : hours) {
            steps.add(fixed(s[0] * NS_PER_H, s[1]));
        }
        steps.add(new TimeStep(Unit.DAY, 1, Optional.of(fixedStep(6 * NS_PER_H))));
        steps.add(new TimeStep(Unit.DAY, 2, Optional.of(fixedStep(12 * NS_PER_H))));
        steps.add(calendar(Unit.DAY, 5, Unit.DAY, 1));
        steps.add(calendar(Unit.DAY, 10, Unit.DAY, 2));
        steps.add(calendar(Unit.DAY, 15, Unit.DAY, 5));
        // Month starts are no multiple of any number of days, so a month has no finer ticks.
        steps.add(new TimeStep(Unit.MONTH, 1, Optional.empty()));
        steps.add(calendar(Unit.MONTH, 2, Unit.MONTH, 1));
        steps.add(calendar(Unit.MONTH, 3, Unit.MONTH, 1));
        steps.add(calendar(Unit.MONTH, 6, Unit.MONTH, 1));
        steps.add(calendar(Unit.YEAR, 1, Unit.MONTH, 3));
        steps.add(calendar(Unit.YEAR, 2, Unit.MONTH, 6));
        steps.add(calendar(Unit.YEAR, 5, Unit.YEAR, 1));
        for (long decade = 10; decade <= 1000; decade *= 10) {
            steps.add(calendar(Unit.YEAR, decade, Unit.YEAR, decade / 5));
            steps.add(calendar(Unit.YEAR, 2 * decade, Unit.YEAR, decade / 2));
            steps.add(calendar(Unit.YEAR, 5 * decade, Unit.YEAR, decade));
        }
        return List.copyOf(steps);
    }

    private static TimeStep fixed(long nanos, long minorNanos) {
        return new TimeStep(Unit.NANOSECOND, nanos, minorNanos > 0 ? Optional.of(fixedStep(minorNanos)) : Optional.empty());
    }

    private static TimeStep fixedStep(long nanos) {
        return new TimeStep(Unit.NANOSECOND, nanos, Optional.empty());
    }

    private static TimeStep calendar(Unit unit, long count, Unit minorUnit, long minorCount) {
        return new TimeStep(unit, count, Optional.of(new TimeStep(minorUnit, minorCount, Optional.empty())));
    }
}
