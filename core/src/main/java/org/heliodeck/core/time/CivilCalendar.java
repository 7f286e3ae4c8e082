package org.heliodeck.core.time;

/**
 * Proleptic Gregorian calendar arithmetic on day numbers counted from 1970-01-01 ("epoch days",
 * as {@link java.time.LocalDate#toEpochDay()}), without objects so that parsing millions of
 * timestamps allocates nothing.
 */
final class CivilCalendar {

    /** Epoch day of 2000-01-01, the UTC day of the J2000 epoch. */
    static final long DAY_2000 = 10_957;

    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private CivilCalendar() {}

    static boolean isLeapYear(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysInYear(long year) {
        return isLeapYear(year) ? 366 : 365;
    }

    static int daysInMonth(long year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Epoch day of a date; the fields must already be valid. */
    static long epochDay(long year, int month, int day) {
        // Count from March so that the leap day falls at the end of the counted year.
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int monthFromMarch = month > 2 ? month - 3 : month + 9;
        long dayOfYear = (153L * monthFromMarch + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** Epoch day of the {@code dayOfYear}-th day (1-based) of {@code year}; fields must be valid. */
    static long epochDayOfYear(long year, int dayOfYear) {
        return epochDay(year, 1, 1) + dayOfYear - 1;
    }

    /**
     * The date of an epoch day, packed as {@code year * 10_000 + month * 100 + day} so the hot
     * paths need no allocation; unpack with {@link #year}, {@link #month}, {@link #day}.
     */
    static long date(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year * 10_000 + (year < 0 ? -1 : 1) * (month * 100L + day);
    }

    static long year(long packedDate) {
        return packedDate / 10_000;
    }

    static int month(long packedDate) {
        return (int) Math.abs(packedDate % 10_000) / 100;
    }

    static int day(long packedDate) {
        return (int) Math.abs(packedDate % 100);
    }

    /** Day of the year, 1-based, of a valid date. */
    static int dayOfYear(long year, int month, int day) {
        return DAYS_BEFORE_MONTH[month - 1] + day + (month > 2 && isLeapYear(year) ? 1 : 0);
    }
}
