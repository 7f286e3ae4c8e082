package org.heliodeck.core.time;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Maps TT2000 instants to UTC labels and back, exactly, through a {@link LeapSecondTable}.
 *
 * <p>The model: each UTC day starts at a TT2000 instant fixed by TAI − UTC on that day, and lasts
 * until the next day starts. A day that gains a leap second is 86 401 s long and its last second is
 * labelled 23:59:60; in the 1960s, when TAI − UTC grew a little every day, days are a few
 * milliseconds longer (or, twice, shorter) than 86 400 s. Every TT2000 instant therefore has exactly
 * one UTC label, and every label that exists has exactly one instant.
 */
public final class TimeScale {

    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;

    /** UTC time of day of the J2000 epoch (11:58:55.816) plus TAI − UTC then (32 s). */
    private static final long J2000_UTC_NANO_OF_DAY_PLUS_TAI_UTC = 43_135_816_000_000L + 32 * NANOS_PER_SECOND;
    private static final long LAST_MINUTE_START = NANOS_PER_DAY - 60 * NANOS_PER_SECOND;
    private static final long LAST_SECOND_START = NANOS_PER_DAY - NANOS_PER_SECOND;
    private static final long SECONDS_FROM_YEAR_0_TO_1970 = 719_528L * 86_400;

    private static final class StandardHolder {
        static final TimeScale STANDARD = new TimeScale(LeapSecondTableStore.forUser().current());
    }

    private final LeapSecondTable table;

    public TimeScale(LeapSecondTable table) {
        this.table = table;
    }

    /**
     * The scale every part of Heliodeck uses: the leap-second table installed in the user's
     * configuration directory if there is one, else the bundled table.
     */
    public static TimeScale standard() {
        return StandardHolder.STANDARD;
    }

    public LeapSecondTable table() {
        return table;
    }

    /** TT2000 of 00:00:00 UTC on {@code epochDay} (days since 1970-01-01). */
    public long dayStart(long epochDay) {
        long days = epochDay - CivilCalendar.DAY_2000;
        long adjustment = table.taiMinusUtcNanos(epochDay) - J2000_UTC_NANO_OF_DAY_PLUS_TAI_UTC;
        if (days > 0) {
            // Add the (negative) adjustment within the last day so that 2292's days do not overflow on the way.
            return Math.addExact(Math.multiplyExact(days - 1, NANOS_PER_DAY), NANOS_PER_DAY + adjustment);
        }
        return Math.addExact(Math.multiplyExact(days, NANOS_PER_DAY), adjustment);
    }

    /** Length of the UTC day {@code epochDay} in nanoseconds: 86 400 s, one more with a leap second. */
    public long dayLength(long epochDay) {
        return NANOS_PER_DAY + table.taiMinusUtcNanos(epochDay + 1) - table.taiMinusUtcNanos(epochDay);
    }

    /** The UTC day (days since 1970-01-01) that contains the instant. */
    public long epochDay(long tt2000) {
        // First guess with TAI - UTC = 0, then step to the day whose span holds the instant.
        long day = CivilCalendar.DAY_2000 + Math.floorDiv(tt2000, NANOS_PER_DAY)
                + (Math.floorMod(tt2000, NANOS_PER_DAY) + J2000_UTC_NANO_OF_DAY_PLUS_TAI_UTC) / NANOS_PER_DAY;
        while (tt2000 < saturatedDayStart(day)) {
            day--;
        }
        // A day whose start is past the long range (saturated) cannot hold the instant.
        for (long next = saturatedDayStart(day + 1); tt2000 >= next && next != Long.MAX_VALUE; next = saturatedDayStart(day + 1)) {
            day++;
        }
        return day;
    }

    /**
     * Nanoseconds from the start of UTC day {@code epochDay} to the instant, which that day holds;
     * works for the first and last days of the TT2000 range, whose start or end a long cannot hold.
     */
    public long nanoOfDay(long tt2000, long epochDay) {
        if (epochDay >= CivilCalendar.DAY_2000) {
            return tt2000 - dayStart(epochDay);
        }
        return tt2000 - dayStart(epochDay + 1) + dayLength(epochDay);
    }

    /**
     * TT2000 of the instant {@code nanoOfDay} after the start of UTC day {@code epochDay}.
     *
     * @throws IllegalArgumentException if that day is shorter, or the instant is outside TT2000
     */
    public long tt2000(long epochDay, long nanoOfDay) {
        // Every day lasts at least 86 399 s (the table checks it), so only its last second needs the day's length.
        if (nanoOfDay < 0 || nanoOfDay >= LAST_SECOND_START && nanoOfDay >= dayLength(epochDay)) {
            throw new IllegalArgumentException(dayLengthMessage(epochDay, nanoOfDay));
        }
        try {
            return Math.addExact(dayStart(epochDay), nanoOfDay);
        } catch (ArithmeticException e) {
            throw outOfRange(epochDay);
        }
    }

    /** TT2000 of a UTC label; 23:59:60 is accepted only on a day that has a leap second. */
    public long tt2000(UtcDateTime utc) {
        if (utc.second() == 60 && (utc.hour() != 23 || utc.minute() != 59)) {
            throw new IllegalArgumentException("second 60 exists only at 23:59 on a day with a leap second");
        }
        return tt2000(utc.epochDay(), utc.nanoOfDay());
    }

    /** TT2000 of a UTC label given as fields. */
    public long tt2000(int year, int month, int day, int hour, int minute, int second, int nano) {
        return tt2000(new UtcDateTime(year, month, day, hour, minute, second, nano));
    }

    /** The UTC label of an instant; during a leap second, its second is 60. */
    public UtcDateTime utc(long tt2000) {
        long day = epochDay(tt2000);
        long nanoOfDay = nanoOfDay(tt2000, day);
        long date = CivilCalendar.date(day);
        int hour;
        int minute;
        long secondNanos;
        if (nanoOfDay < LAST_MINUTE_START) {
            long minutes = nanoOfDay / (60 * NANOS_PER_SECOND);
            hour = (int) (minutes / 60);
            minute = (int) (minutes % 60);
            secondNanos = nanoOfDay - minutes * 60 * NANOS_PER_SECOND;
        } else {
            // The last minute holds the leap second, if any: seconds run to 60.
            hour = 23;
            minute = 59;
            secondNanos = nanoOfDay - LAST_MINUTE_START;
        }
        return new UtcDateTime((int) CivilCalendar.year(date), CivilCalendar.month(date), CivilCalendar.day(date),
                hour, minute, (int) (secondNanos / NANOS_PER_SECOND), (int) (secondNanos % NANOS_PER_SECOND));
    }

    /**
     * TT2000 of a label on a grid of 86 400-second days, as used by encodings that have no leap
     * seconds (Unix time, CDF EPOCH and EPOCH16, {@link Instant}).
     */
    public long fromDayGrid(long epochDay, long nanoOfDay) {
        if (nanoOfDay < 0 || nanoOfDay >= NANOS_PER_DAY) {
            throw new IllegalArgumentException("nano of day " + nanoOfDay + " is not in [0, 86400 s)");
        }
        try {
            return Math.addExact(dayStart(epochDay), nanoOfDay);
        } catch (ArithmeticException e) {
            throw outOfRange(epochDay);
        }
    }

    /**
     * Nanoseconds since the start of the instant's UTC day on a grid of 86 400-second days: a
     * leap second, which such grids cannot label, reads as the last nanosecond before midnight so
     * that order is kept.
     */
    public long dayGridNanoOfDay(long tt2000, long epochDay) {
        return Math.min(nanoOfDay(tt2000, epochDay), NANOS_PER_DAY - 1);
    }

    /** Nanoseconds since 1970-01-01T00:00:00Z on the Unix (leap-second-free) grid. */
    public long toUnixNanos(long tt2000) {
        long day = epochDay(tt2000);
        return Math.addExact(Math.multiplyExact(day, NANOS_PER_DAY), dayGridNanoOfDay(tt2000, day));
    }

    public long fromUnixNanos(long unixNanos) {
        return fromDayGrid(Math.floorDiv(unixNanos, NANOS_PER_DAY), Math.floorMod(unixNanos, NANOS_PER_DAY));
    }

    /** Unix time in seconds; a double keeps about a microsecond near the present. */
    public double toUnixSeconds(long tt2000) {
        long day = epochDay(tt2000);
        long nanoOfDay = dayGridNanoOfDay(tt2000, day);
        return day * 86_400.0 + nanoOfDay / NANOS_PER_SECOND + (nanoOfDay % NANOS_PER_SECOND) / 1e9;
    }

    /** TT2000 of a Unix time in seconds, rounded to the nearest nanosecond. */
    public long fromUnixSeconds(double seconds) {
        requireFinite(seconds, "Unix seconds");
        double whole = Math.floor(seconds);
        return fromSecondsAndNanos(checkedLong(whole, "Unix seconds"), Math.round((seconds - whole) * 1e9));
    }

    public Instant toInstant(long tt2000) {
        long day = epochDay(tt2000);
        long nanoOfDay = dayGridNanoOfDay(tt2000, day);
        return Instant.ofEpochSecond(day * 86_400 + nanoOfDay / NANOS_PER_SECOND, nanoOfDay % NANOS_PER_SECOND);
    }

    public long fromInstant(Instant instant) {
        return fromSecondsAndNanos(instant.getEpochSecond(), instant.getNano());
    }

    /**
     * CDF EPOCH: milliseconds since 0000-01-01T00:00:00 on a leap-second-free grid, as a double.
     * A leap second reads as 23:59:59.999, as no EPOCH value labels it.
     */
    public double toCdfEpoch(long tt2000) {
        long day = epochDay(tt2000);
        long nanoOfDay = nanoOfDay(tt2000, day);
        if (nanoOfDay >= NANOS_PER_DAY) {
            // A leap second: a double near 6e13 ms cannot hold 23:59:59.999999…, so use the last whole millisecond.
            nanoOfDay = NANOS_PER_DAY - 1_000_000;
        }
        long wholeMillis = (day + 719_528) * 86_400_000L + nanoOfDay / 1_000_000;
        return wholeMillis + (nanoOfDay % 1_000_000) / 1e6;
    }

    /** TT2000 of a CDF EPOCH value, to the nearest nanosecond the double can tell. */
    public long fromCdfEpoch(double epochMillis) {
        requireFinite(epochMillis, "CDF EPOCH");
        double whole = Math.floor(epochMillis);
        long millis = checkedLong(whole, "CDF EPOCH");
        long subMilliNanos = Math.round((epochMillis - whole) * 1e6);
        long seconds = Math.floorDiv(millis, 1000) - SECONDS_FROM_YEAR_0_TO_1970;
        return fromSecondsAndNanos(seconds, Math.floorMod(millis, 1000) * 1_000_000 + subMilliNanos);
    }

    /**
     * CDF EPOCH16: whole seconds since 0000-01-01T00:00:00 and picoseconds within the second. A
     * leap second reads as 23:59:59.999999999.
     */
    public Epoch16 toEpoch16(long tt2000) {
        long day = epochDay(tt2000);
        long nanoOfDay = dayGridNanoOfDay(tt2000, day);
        double seconds = (day + 719_528) * 86_400 + nanoOfDay / NANOS_PER_SECOND;
        return new Epoch16(seconds, (nanoOfDay % NANOS_PER_SECOND) * 1000.0);
    }

    /** TT2000 of a CDF EPOCH16 value; picoseconds below a nanosecond are dropped. */
    public long fromEpoch16(double seconds, double picoseconds) {
        requireFinite(seconds, "EPOCH16 seconds");
        requireFinite(picoseconds, "EPOCH16 picoseconds");
        if (picoseconds < 0 || picoseconds >= 1e12) {
            throw new IllegalArgumentException("EPOCH16 picoseconds " + picoseconds + " are not in [0, 1e12)");
        }
        long whole = checkedLong(Math.floor(seconds), "EPOCH16 seconds");
        return fromSecondsAndNanos(whole - SECONDS_FROM_YEAR_0_TO_1970, (long) (picoseconds / 1000));
    }

    /** Unix-grid seconds plus a nanosecond count that may reach one second after rounding. */
    private long fromSecondsAndNanos(long unixSeconds, long nanos) {
        long day = Math.floorDiv(unixSeconds, 86_400);
        long nanoOfDay = Math.floorMod(unixSeconds, 86_400) * NANOS_PER_SECOND + nanos;
        if (nanoOfDay >= NANOS_PER_DAY) {
            day++;
            nanoOfDay -= NANOS_PER_DAY;
        }
        return fromDayGrid(day, nanoOfDay);
    }

    private long saturatedDayStart(long epochDay) {
        try {
            return dayStart(epochDay);
        } catch (ArithmeticException e) {
            return epochDay < CivilCalendar.DAY_2000 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private String dayLengthMessage(long epochDay, long nanoOfDay) {
        long date = CivilCalendar.date(epochDay);
        String day = String.format("%04d-%02d-%02d", CivilCalendar.year(date), CivilCalendar.month(date), CivilCalendar.day(date));
        long length = dayLength(epochDay);
        if (nanoOfDay >= NANOS_PER_DAY && length <= NANOS_PER_DAY) {
            return day + " has no leap second (see the leap-second table, last change " + table.lastChange() + ")";
        }
        return "UTC day " + day + " lasts " + new BigDecimal(length).movePointLeft(9).stripTrailingZeros().toPlainString()
                + " s, so it has no instant " + nanoOfDay / 1e9 + " s after midnight";
    }

    private static IllegalArgumentException outOfRange(long epochDay) {
        long date = CivilCalendar.date(epochDay);
        return new IllegalArgumentException("year " + CivilCalendar.year(date)
                + " is outside the TT2000 range (1707-09-22 to 2292-04-11)");
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " value " + v + " is not a finite number");
        }
    }

    private static long checkedLong(double whole, String what) {
        if (Math.abs(whole) > 9.0e15) {
            throw new IllegalArgumentException(what + " value " + whole + " is out of range");
        }
        return (long) whole;
    }
}
