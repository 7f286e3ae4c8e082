package org.heliodeck.core.time;

/**
 * How to write a TT2000 instant as an ISO 8601 UTC string: {@code 2016-12-31T23:59:60.500Z} or, with
 * {@link #dayOfYear}, {@code 2016-366T23:59:60.500Z}. A leap second is written as second 60.
 *
 * @param fractionDigits digits after the decimal point, 0 to 9, or {@link #SHORTEST_EXACT}: the
 *     fewest of 0, 3, 6 or 9 that write the instant exactly. Extra precision is truncated, never
 *     rounded, so that a label never moves to the next second, day or year.
 * @param dayOfYear write the date as year and day of year instead of year, month and day
 */
public record IsoTimeFormat(int fractionDigits, boolean dayOfYear) {

    public static final int SHORTEST_EXACT = -1;

    /** Exact, with as few fraction digits as the instant needs: what {@link Tt2000#format} writes. */
    public static final IsoTimeFormat EXACT = new IsoTimeFormat(SHORTEST_EXACT, false);
    public static final IsoTimeFormat MILLIS = new IsoTimeFormat(3, false);
    public static final IsoTimeFormat NANOS = new IsoTimeFormat(9, false);

    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
    };

    public IsoTimeFormat {
        if (fractionDigits < SHORTEST_EXACT || fractionDigits > 9) {
            throw new IllegalArgumentException("fraction digits must be 0..9 or SHORTEST_EXACT, not " + fractionDigits);
        }
    }

    public IsoTimeFormat withFractionDigits(int digits) {
        return new IsoTimeFormat(digits, dayOfYear);
    }

    public IsoTimeFormat withDayOfYear(boolean useDayOfYear) {
        return new IsoTimeFormat(fractionDigits, useDayOfYear);
    }

    /** The instant written through the standard time scale. */
    public String format(long tt2000) {
        return format(tt2000, TimeScale.standard());
    }

    public String format(long tt2000, TimeScale scale) {
        StringBuilder out = new StringBuilder(30);
        formatTo(tt2000, scale, out);
        return out.toString();
    }

    /** Appends the instant to {@code out}; writing many times into one builder allocates nothing else. */
    public void formatTo(long tt2000, TimeScale scale, StringBuilder out) {
        long epochDay = scale.epochDay(tt2000);
        long nanoOfDay = scale.nanoOfDay(tt2000, epochDay);
        long date = CivilCalendar.date(epochDay);
        long year = CivilCalendar.year(date);
        int month = CivilCalendar.month(date);
        int day = CivilCalendar.day(date);

        long secondOfDay = nanoOfDay / TimeScale.NANOS_PER_SECOND;
        int nano = (int) (nanoOfDay % TimeScale.NANOS_PER_SECOND);
        int hour;
        int minute;
        int second;
        if (secondOfDay < 86_340) {
            hour = (int) (secondOfDay / 3600);
            minute = (int) (secondOfDay / 60 % 60);
            second = (int) (secondOfDay % 60);
        } else {
            hour = 23;
            minute = 59;
            second = (int) (secondOfDay - 86_340);
        }

        appendDigits(out, year, 4);
        out.append('-');
        if (dayOfYear) {
            appendDigits(out, CivilCalendar.dayOfYear(year, month, day), 3);
        } else {
            appendDigits(out, month, 2);
            out.append('-');
            appendDigits(out, day, 2);
        }
        out.append('T');
        appendDigits(out, hour, 2);
        out.append(':');
        appendDigits(out, minute, 2);
        out.append(':');
        appendDigits(out, second, 2);
        int digits = fractionDigits == SHORTEST_EXACT ? shortestExactDigits(nano) : fractionDigits;
        if (digits > 0) {
            out.append('.');
            appendDigits(out, nano / POWERS_OF_TEN[9 - digits], digits);
        }
        out.append('Z');
    }

    private static int shortestExactDigits(int nano) {
        if (nano == 0) {
            return 0;
        }
        if (nano % 1_000_000 == 0) {
            return 3;
        }
        return nano % 1000 == 0 ? 6 : 9;
    }

    private static void appendDigits(StringBuilder out, long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out.append((char) ('0' + value / POWERS_OF_TEN[i] % 10));
        }
    }
}
