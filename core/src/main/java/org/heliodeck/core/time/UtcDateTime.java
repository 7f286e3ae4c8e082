package org.heliodeck.core.time;

/**
 * A UTC calendar label, down to the nanosecond. {@code second} may be 60: a leap second is a real
 * instant. Whether a given 23:59:60 exists depends on the leap-second table, which
 * {@link TimeScale} checks when it converts the label.
 */
public record UtcDateTime(int year, int month, int day, int hour, int minute, int second, int nano) {

    public UtcDateTime {
        check(month >= 1 && month <= 12, "month", month, "1..12");
        check(day >= 1 && day <= CivilCalendar.daysInMonth(year, month), "day", day,
                "1.." + CivilCalendar.daysInMonth(year, month) + " for " + year + "-" + twoDigits(month));
        check(hour >= 0 && hour <= 23, "hour", hour, "0..23");
        check(minute >= 0 && minute <= 59, "minute", minute, "0..59");
        check(second >= 0 && second <= 60, "second", second, "0..60");
        check(nano >= 0 && nano <= 999_999_999, "nanosecond", nano, "0..999999999");
    }

    /** Days since 1970-01-01 of this label's date. */
    public long epochDay() {
        return CivilCalendar.epochDay(year, month, day);
    }

    /** Day of the year, 1 for January 1st. */
    public int dayOfYear() {
        return CivilCalendar.dayOfYear(year, month, day);
    }

    /** Nanoseconds since the start of the UTC day (up to 86 400 999 999 999 in a leap second). */
    public long nanoOfDay() {
        return ((hour * 60L + minute) * 60 + second) * 1_000_000_000L + nano;
    }

    private static void check(boolean ok, String field, int value, String range) {
        if (!ok) {
            throw new IllegalArgumentException(field + " " + value + " is not in " + range);
        }
    }

    private static String twoDigits(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
