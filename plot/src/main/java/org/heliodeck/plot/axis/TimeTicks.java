package org.heliodeck.plot.axis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.TimeScale;
import org.heliodeck.core.time.UtcDateTime;

/**
 * The ticks of a UTC time axis, readable from nanoseconds to centuries: major ticks one
 * {@link TimeStep} apart, each with a label showing only what changes at that step ({@code 06:00},
 * {@code 06:00:30}, {@code 06:00:30.250}, {@code 30.123 456}), and a context line (the date, or the
 * date and minute below a millisecond) on the first tick and wherever that context changes. Tick
 * times come from the UTC calendar of {@link TimeScale}, so ticks stay on round UTC labels across
 * leap seconds; a tick falls inside a leap second (23:59:60) only when the step is below a second.
 */
public final class TimeTicks {

    /** Space kept between two labels beyond their width, in pixels. */
    static final double LABEL_GAP = 16;

    private static final long NS_PER_S = TimeScale.NANOS_PER_SECOND;
    private static final long NS_PER_MS = 1_000_000;
    private static final long NS_PER_US = 1_000;

    /**
     * A major tick.
     *
     * @param time TT2000
     * @param label what changes at this tick, e.g. {@code 06:00}
     * @param context what the label leaves out, shown on a second line, e.g. {@code 2003-10-30}; empty
     *     when the previous tick has the same context
     */
    public record Tick(long time, String label, String context) {}

    private final TimeStep step;
    private final List<Tick> major;
    private final long[] minor;

    private TimeTicks(TimeStep step, List<Tick> major, long[] minor) {
        this.step = step;
        this.major = major;
        this.minor = minor;
    }

    /**
     * Ticks for {@code visible} spread over {@code widthPx} pixels, major ticks at least
     * {@code minSpacingPx} apart: the shortest step of the sequence that leaves that much room.
     */
    public static TimeTicks of(TimeRange visible, double widthPx, double minSpacingPx) {
        return of(visible, widthPx, label -> minSpacingPx - LABEL_GAP);
    }

    /**
     * Ticks for {@code visible} spread over {@code widthPx} pixels, major ticks far enough apart for
     * their labels, as wide as {@code labelWidth} measures them, not to touch (with a small gap).
     */
    public static TimeTicks of(TimeRange visible, double widthPx, ToDoubleFunction<String> labelWidth) {
        if (visible.isEmpty() || !(widthPx > 0)) {
            throw new IllegalArgumentException("no time ticks for " + visible + " over " + widthPx + " pixels");
        }
        double nanosPerPx = visible.duration() / widthPx;
        UtcDateTime first = TimeScale.standard().utc(visible.start());
        TimeStep chosen = TimeStep.ALL.getLast();
        for (TimeStep candidate : TimeStep.ALL) {
            double needed = labelWidth.applyAsDouble(label(first, Style.of(candidate))) + LABEL_GAP;
            if (candidate.approxNanos() / nanosPerPx >= needed) {
                chosen = candidate;
                break;
            }
        }
        long[] majorTimes = times(chosen, visible.start(), visible.stop());
        long[] minorTimes = chosen.minor().map(m -> without(times(m, visible.start(), visible.stop()), majorTimes))
                .orElse(new long[0]);
        return new TimeTicks(chosen, labelled(majorTimes, Style.of(chosen)), minorTimes);
    }

    /** The step between major ticks. */
    public TimeStep step() {
        return step;
    }

    /** Major ticks, in time order, each inside the visible range (its ends included). */
    public List<Tick> major() {
        return major;
    }

    /** Minor tick times (TT2000), in order, where no major tick is. */
    public long[] minor() {
        return minor.clone();
    }

    /** Every multiple of {@code step} in {@code [from, to]}, in UTC calendar terms. */
    static long[] times(TimeStep step, long from, long to) {
        TimeScale scale = TimeScale.standard();
        LongStream.Builder out = LongStream.builder();
        switch (step.unit()) {
            case NANOSECOND -> {
                long n = step.count();
                long day = scale.epochDay(from);
                long k = ceilDiv(scale.nanoOfDay(from, day), n);
                long dayStart = scale.dayStart(day);
                long dayLength = scale.dayLength(day);
                while (true) {
                    // Steps of a second or more divide 86 400 s and stop at 23:59:59 or earlier; finer ones run on
                    // through a leap second.
                    if (k * n >= (n >= NS_PER_S ? Math.min(dayLength, TimeScale.NANOS_PER_DAY) : dayLength)) {
                        day++;
                        dayStart = scale.dayStart(day);
                        dayLength = scale.dayLength(day);
                        k = 0;
                    }
                    long t = dayStart + k * n;
                    if (t > to) {
                        break;
                    }
                    out.add(t);
                    k++;
                }
            }
            case DAY -> {
                long day = scale.epochDay(from);
                if (scale.dayStart(day) < from) {
                    day++;
                }
                day += Math.floorMod(-day, step.count());
                for (long t = scale.dayStart(day); t <= to; day += step.count(), t = scale.dayStart(day)) {
                    out.add(t);
                }
            }
            case MONTH, YEAR -> {
                long months = step.unit() == TimeStep.Unit.YEAR ? 12 * step.count() : step.count();
                UtcDateTime start = scale.utc(from);
                long index = start.year() * 12L + start.month() - 1;
                index += Math.floorMod(-index, months);
                for (long t = monthStart(index); ; index += months, t = monthStart(index)) {
                    if (t < from) {
                        continue;
                    }
                    if (t > to) {
                        break;
                    }
                    out.add(t);
                }
            }
        }
        return out.build().toArray();
    }

    private static long monthStart(long monthIndex) {
        UtcDateTime first = new UtcDateTime((int) Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1, 1,
                0, 0, 0, 0);
        return TimeScale.standard().dayStart(first.epochDay());
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }

    /** {@code all} without the times in {@code removed}; both sorted. */
    private static long[] without(long[] all, long[] removed) {
        long[] kept = new long[all.length];
        int n = 0;
        int r = 0;
        for (long t : all) {
            while (r < removed.length && removed[r] < t) {
                r++;
            }
            if (r >= removed.length || removed[r] != t) {
                kept[n++] = t;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private static List<Tick> labelled(long[] times, Style style) {
        List<Tick> ticks = new ArrayList<>(times.length);
        String previousContext = "";
        for (long t : times) {
            UtcDateTime utc = TimeScale.standard().utc(t);
            String context = context(utc, style);
            ticks.add(new Tick(t, label(utc, style), context.equals(previousContext) ? "" : context));
            previousContext = context;
        }
        return Collections.unmodifiableList(ticks);
    }

    /** How much of a time a label shows, from the step. */
    private enum Style {
        YEAR,
        MONTH,
        DAY,
        MINUTE,
        SECOND,
        MILLI,
        MICRO,
        NANO;

        static Style of(TimeStep step) {
            return switch (step.unit()) {
                case YEAR -> YEAR;
                case MONTH -> MONTH;
                case DAY -> DAY;
                case NANOSECOND -> step.count() % (60 * NS_PER_S) == 0 ? MINUTE
                        : step.count() % NS_PER_S == 0 ? SECOND
                        : step.count() % NS_PER_MS == 0 ? MILLI
                        : step.count() % NS_PER_US == 0 ? MICRO
                        : NANO;
            };
        }
    }

    private static String label(UtcDateTime t, Style style) {
        StringBuilder s = new StringBuilder(20);
        switch (style) {
            case YEAR -> s.append(t.year());
            case MONTH -> date(s, t).setLength(7);
            case DAY -> date(s, t);
            case MINUTE -> hourMinute(s, t);
            case SECOND -> hourMinute(s, t).append(':').append(pad(t.second(), 2));
            case MILLI -> hourMinute(s, t).append(':').append(pad(t.second(), 2)).append('.')
                    .append(pad(t.nano() / 1_000_000, 3));
            case MICRO, NANO -> {
                // Below a millisecond the hour and minute go to the context line; digits in groups of three.
                String nanos = pad(t.nano(), 9);
                s.append(pad(t.second(), 2)).append('.').append(nanos, 0, 3).append(' ').append(nanos, 3, 6);
                if (style == Style.NANO) {
                    s.append(' ').append(nanos, 6, 9);
                }
            }
        }
        return s.toString();
    }

    private static String context(UtcDateTime t, Style style) {
        return switch (style) {
            case YEAR, MONTH, DAY -> "";
            case MINUTE, SECOND, MILLI -> date(new StringBuilder(10), t).toString();
            case MICRO, NANO -> hourMinute(date(new StringBuilder(16), t).append(' '), t).toString();
        };
    }

    private static StringBuilder date(StringBuilder s, UtcDateTime t) {
        return s.append(pad(t.year(), 4)).append('-').append(pad(t.month(), 2)).append('-').append(pad(t.day(), 2));
    }

    private static StringBuilder hourMinute(StringBuilder s, UtcDateTime t) {
        return s.append(pad(t.hour(), 2)).append(':').append(pad(t.minute(), 2));
    }

    private static String pad(int value, int digits) {
        String v = Integer.toString(value);
        return v.length() >= digits ? v : "0".repeat(digits - v.length()) + v;
    }
}
