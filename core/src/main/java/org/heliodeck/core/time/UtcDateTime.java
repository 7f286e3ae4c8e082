package org.heliodeck.core.time;

/**
 * A UTC calendar label, down to the nanosecond. {@code second} may be 60: a leap second is a real
 * instant. Whether a given 23:59:60 exists depends on the leap-second table, which
 * {@link TimeScale} checks when it converts the label.
 */
public record UtcDateTime(int year, int month, int day, int hour, int minute, int second, int nano) {

    public UtcDateTime {
        if (month < 1 || month > 12 || day < 1 || day > CivilCalendar.daysInMonth(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 60 || nano < 0 || nano > 999_999_999) {
            throw new IllegalArgumentException(problem(year, month, day, hour, minute, second, nano));
        }
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

    private static String problem(int year, int month, int day, int hour, int minute, int second, int nano) {
        if (month < 1 || month > 12) {
            return "month " + month + " is not in 1..12";
        }
        int days = CivilCalendar.daysInMonth(year, month);
        if (day < 1 || day > days) {
            return "day " + day + " is not in 1.." + days + " for " + year + "-" + twoDigits(month);
        }
        if (hour < 0 || hour > 23) {
            return "hour " + hour + " is not in 0..23";
        }
        if (minute < 0 || minute > 59) {
            return "minute " + minute + " is not in 0..59";
        }
        if (second < 0 || second > 60) {
            return "second " + second + " is not in 0..60";
        }
        return "nanosecond " + nano + " is not in 0..999999999";
    }

    private static String twoDigits(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
