package org.heliodeck.core.time;

/**
 * Reads ISO 8601 UTC times to TT2000, without allocating, in every form HAPI allows and a few
 * more that data files use:
 * <ul>
 *   <li>calendar or day-of-year dates, extended or basic: {@code 2016-12-31}, {@code 2016-366},
 *       {@code 20161231}, {@code 2016366}; reduced to {@code 2016-12} or {@code 2016};</li>
 *   <li>a time after {@code T} (or a space), truncated at any field: {@code T23}, {@code T23:59},
 *       {@code T23:59:60}, with a fraction of a second of any length (read to the nanosecond,
 *       finer digits dropped): {@code T23:59:60.123456789};</li>
 *   <li>an optional zone: {@code Z}, or an offset such as {@code +02:00}.</li>
 * </ul>
 * Anything else is refused with a message that quotes the string and says what is wrong.
 */
public final class IsoTimeParser {

    private static final long NANOS_PER_SECOND = TimeScale.NANOS_PER_SECOND;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private IsoTimeParser() {}

    /** TT2000 of an ISO 8601 UTC time, through the given time scale. */
    public static long parse(CharSequence text, TimeScale scale) {
        int begin = 0;
        int end = text.length();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin == end) {
            throw new TimeParseException(text, "the string is empty");
        }
        Cursor c = new Cursor(text, begin, end);
        return c.parse(scale);
    }

    /**
     * Reading state for one string; a small object the JIT keeps off the heap. Messages are built
     * only on failure: building them eagerly once cost more than the parsing.
     */
    private static final class Cursor {
        private final CharSequence text;
        private final int end;
        private int pos;

        Cursor(CharSequence text, int begin, int end) {
            this.text = text;
            this.pos = begin;
            this.end = end;
        }

        long parse(TimeScale scale) {
            int yearDigits = digitRun();
            if (yearDigits != 4 && yearDigits != 7 && yearDigits != 8) {
                throw fail("it does not start with a 4-digit year");
            }
            int year = number(4);
            int month = 1;
            int day = 1;
            int dayOfYear = -1; // -1: a calendar date
            boolean extended = false;
            if (yearDigits == 8) {
                month = number(2);
                day = number(2);
            } else if (yearDigits == 7) {
                dayOfYear = number(3);
            } else if (pos < end && text.charAt(pos) == '-') {
                extended = true;
                pos++;
                int run = digitRun();
                if (run == 3) {
                    dayOfYear = number(3);
                } else if (run == 2) {
                    month = number(2);
                    if (pos < end && text.charAt(pos) == '-') {
                        pos++;
                        if (digitRun() != 2) {
                            throw fail("expected a 2-digit day after the month");
                        }
                        day = number(2);
                    }
                } else {
                    throw fail("expected a 2-digit month or a 3-digit day of year after the year");
                }
            }
            long epochDay = epochDay(year, month, day, dayOfYear);

            int hour = 0;
            int minute = 0;
            int second = 0;
            int nano = 0;
            if (pos < end && isTimeSeparator(text.charAt(pos))) {
                pos++;
                hour = twoDigits("hour");
                if (fieldFollows(extended)) {
                    minute = twoDigits("minute");
                    if (fieldFollows(extended)) {
                        second = twoDigits("second");
                        if (pos < end && (text.charAt(pos) == '.' || text.charAt(pos) == ',')) {
                            pos++;
                            nano = fraction();
                        }
                    }
                }
                if (!(hour <= 23)) {
                    throw fail("hour " + hour + " is not in 0..23");
                }
                if (!(minute <= 59)) {
                    throw fail("minute " + minute + " is not in 0..59");
                }
                if (!(second <= 60)) {
                    throw fail("second " + second + " is not in 0..60");
                }
            }
            int offsetMinutes = zone(extended);
            if (pos != end) {
                throw fail("unexpected '" + text.charAt(pos) + "' at character " + (pos + 1));
            }

            int minuteOfDay = hour * 60 + minute - offsetMinutes;
            epochDay += Math.floorDiv(minuteOfDay, 1440);
            minuteOfDay = Math.floorMod(minuteOfDay, 1440);
            if (!(second < 60 || minuteOfDay == 1439)) {
                throw fail("second 60 exists only in the last minute of a UTC day");
            }
            long nanoOfDay = (minuteOfDay * 60L + second) * NANOS_PER_SECOND + nano;
            try {
                return scale.tt2000(epochDay, nanoOfDay);
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
        }

        private long epochDay(int year, int month, int day, int dayOfYear) {
            if (dayOfYear >= 0) {
                int max = CivilCalendar.daysInYear(year);
                if (!(dayOfYear >= 1 && dayOfYear <= max)) {
                    throw fail("day of year " + dayOfYear + " is not in 1.." + max + " for " + year);
                }
                return CivilCalendar.epochDayOfYear(year, dayOfYear);
            }
            if (!(month >= 1 && month <= 12)) {
                throw fail("month " + month + " is not in 1..12");
            }
            int max = CivilCalendar.daysInMonth(year, month);
            if (!(day >= 1 && day <= max)) {
                throw fail("day " + day + " is not in 1.." + max + " for " + year + "-" + (month < 10 ? "0" : "") + month);
            }
            return CivilCalendar.epochDay(year, month, day);
        }

        /** Whether another time field follows: after a colon in the extended form, directly in the basic one. */
        private boolean fieldFollows(boolean extended) {
            if (extended) {
                if (pos < end && text.charAt(pos) == ':') {
                    pos++;
                    return true;
                }
                return false;
            }
            return pos < end && isDigit(text.charAt(pos));
        }

        private int twoDigits(String field) {
            if (pos + 2 > end || !isDigit(text.charAt(pos)) || !isDigit(text.charAt(pos + 1))) {
                throw fail("expected a 2-digit " + field + " at character " + (pos + 1));
            }
            return number(2);
        }

        private int fraction() {
            int digits = digitRun();
            if (!(digits > 0)) {
                throw fail("expected digits after the decimal mark at character " + pos);
            }
            int kept = Math.min(digits, 9);
            int value = number(kept);
            pos += digits - kept;
            return value * POWERS_OF_TEN[9 - kept];
        }

        private int zone(boolean extended) {
            if (pos >= end) {
                return 0;
            }
            char z = text.charAt(pos);
            if (z == 'Z' || z == 'z') {
                pos++;
                return 0;
            }
            if (z != '+' && z != '-') {
                return 0;
            }
            pos++;
            int hours = twoDigits("zone offset hour");
            int minutes = 0;
            if (pos < end && text.charAt(pos) == ':') {
                pos++;
                minutes = twoDigits("zone offset minute");
            } else if (pos + 2 <= end && isDigit(text.charAt(pos))) {
                minutes = twoDigits("zone offset minute");
            }
            if (!(hours <= 23 && minutes <= 59)) {
                throw fail("zone offset " + hours + ":" + minutes + " is not a valid offset");
            }
            int offset = hours * 60 + minutes;
            return z == '-' ? -offset : offset;
        }

        private int digitRun() {
            int i = pos;
            while (i < end && isDigit(text.charAt(i))) {
                i++;
            }
            return i - pos;
        }

        private int number(int digits) {
            int v = 0;
            for (int i = 0; i < digits; i++) {
                v = v * 10 + (text.charAt(pos++) - '0');
            }
            return v;
        }

        private TimeParseException fail(String problem) {
            return new TimeParseException(text, problem);
        }

        private static boolean isDigit(char ch) {
            return ch >= '0' && ch <= '9';
        }

        private static boolean isTimeSeparator(char ch) {
            return ch == 'T' || ch == 't' || ch == ' ';
        }
    }
}
