package org.heliodeck.plot.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.TimeScale;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.core.time.UtcDateTime;
import org.heliodeck.plot.axis.TimeTicks.Tick;

class TimeTicksPropertiesTest {

    private static final double SPACING = 50;
    private static final TimeScale SCALE = TimeScale.standard();

    @Property(tries = 400)
    void ticksAreOrderedInsideSpacedUniqueAndCalendarRegular(@ForAll("starts") long start,
            @ForAll("durations") long duration, @ForAll @IntRange(min = 200, max = 4000) int width) {
        TimeRange range = new TimeRange(start, start + duration);
        TimeTicks ticks = TimeTicks.of(range, width, SPACING);
        List<Tick> major = ticks.major();

        long[] times = major.stream().mapToLong(Tick::time).toArray();
        for (int i = 0; i < times.length; i++) {
            assertThat(times[i]).isBetween(range.start(), range.stop());
            if (i > 0) {
                assertThat(times[i]).isGreaterThan(times[i - 1]);
            }
        }
        // The chosen step is at most 2.5 times the spacing asked for (and a month at most 31/28 of its estimate).
        long lower = Math.min(Math.min(3, (long) Math.floor(width / (2.5 * SPACING * 31 / 28))), duration + 1);
        assertThat((long) major.size()).isBetween(lower, (long) (width / SPACING) + 1);

        // Read with the last context shown, every label names a different time.
        Set<String> readings = new HashSet<>();
        String context = "";
        for (Tick t : major) {
            context = t.context().isEmpty() ? context : t.context();
            assertThat(readings.add(context + " " + t.label())).as("duplicate %s %s", context, t.label()).isTrue();
        }
        for (int i = 1; i < times.length; i++) {
            assertOneStepApart(ticks.step(), times[i - 1], times[i]);
        }
        long[] minor = ticks.minor();
        for (int i = 0; i < minor.length; i++) {
            assertThat(minor[i]).isBetween(range.start(), range.stop()).isNotIn(times);
            if (i > 0) {
                assertThat(minor[i]).isGreaterThan(minor[i - 1]);
            }
        }
    }

    private static void assertOneStepApart(TimeStep step, long before, long after) {
        UtcDateTime a = SCALE.utc(before);
        UtcDateTime b = SCALE.utc(after);
        long n = step.count();
        switch (step.unit()) {
            case NANOSECOND -> {
                assertThat(b.nanoOfDay() % n).isZero();
                if (a.second() == 60 || b.second() == 60) {
                    assertThat(n).isLessThan(TimeScale.NANOS_PER_SECOND);
                }
                if (a.epochDay() == b.epochDay()) {
                    assertThat(b.nanoOfDay() - a.nanoOfDay()).isEqualTo(n);
                } else {
                    // The next day starts the count again; the day's last tick is the last multiple that fits.
                    assertThat(b.epochDay()).isEqualTo(a.epochDay() + 1);
                    assertThat(b.nanoOfDay()).isZero();
                    long dayEnd = n >= TimeScale.NANOS_PER_SECOND
                            ? Math.min(SCALE.dayLength(a.epochDay()), TimeScale.NANOS_PER_DAY)
                            : SCALE.dayLength(a.epochDay());
                    assertThat(a.nanoOfDay() + n).isGreaterThanOrEqualTo(dayEnd);
                }
            }
            case DAY -> {
                assertThat(b.nanoOfDay()).isZero();
                assertThat(b.epochDay() - a.epochDay()).isEqualTo(n);
            }
            case MONTH -> {
                assertThat(b.nanoOfDay()).isZero();
                assertThat(b.day()).isEqualTo(1);
                assertThat(b.year() * 12L + b.month() - (a.year() * 12L + a.month())).isEqualTo(n);
            }
            case YEAR -> {
                assertThat(b.nanoOfDay()).isZero();
                assertThat(b.month() * 100 + b.day()).isEqualTo(101);
                assertThat((long) b.year() - a.year()).isEqualTo(n);
            }
        }
    }

    @Provide
    Arbitrary<Long> starts() {
        return Arbitraries.longs().between(Tt2000.parse("1960-01-01"), Tt2000.parse("2150-01-01"));
    }

    /** 1 ns to 100 years, spread evenly over the orders of magnitude. */
    @Provide
    Arbitrary<Long> durations() {
        // log10 of 100 years in nanoseconds is 18.4991.
        return Arbitraries.doubles().between(0, 18.499).ofScale(4).map(e -> Math.max(1, (long) Math.pow(10, e)));
    }
}
