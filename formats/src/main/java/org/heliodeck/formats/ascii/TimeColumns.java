package org.heliodeck.formats.ascii;

import java.util.List;
import java.util.stream.IntStream;

/** Where the time of a row of a text table is, and how it is written. Columns are 0-based. */
public sealed interface TimeColumns {

    /** The columns this time is read from. */
    List<Integer> columns();

    /** One column in any ISO 8601 form {@link org.heliodeck.core.time.Tt2000#parse} accepts. */
    record Iso(int column) implements TimeColumns {
        public Iso {
            requireColumn(column);
        }

        @Override
        public List<Integer> columns() {
            return List.of(column);
        }
    }

    /**
     * One column of seconds since 1970-01-01T00:00:00Z on the Unix grid (days of 86 400 s), read
     * exactly from its decimal digits to the nanosecond: a double would blur {@code 1.573171200001e9}
     * by a fraction of a microsecond.
     */
    record UnixSeconds(int column) implements TimeColumns {
        public UnixSeconds {
            requireColumn(column);
        }

        @Override
        public List<Integer> columns() {
            return List.of(column);
        }
    }

    /**
     * A UTC label spread over columns: a year, then either a month and a day or a day of the year,
     * then optional hour, minute and (possibly fractional) second. An absent field is -1 and reads
     * as 0; build one with {@link #dayOfYear} or {@link #calendar}.
     */
    record Fields(int year, int month, int day, int dayOfYear, int hour, int minute, int second) implements TimeColumns {
        public Fields {
            requireColumn(year);
            if ((dayOfYear < 0) == (month < 0 || day < 0)) {
                throw new IllegalArgumentException("time fields need either a month and a day column or a day-of-year "
                        + "column, not both nor neither");
            }
            if ((minute >= 0 && hour < 0) || (second >= 0 && minute < 0)) {
                throw new IllegalArgumentException("time fields: a minute needs an hour column, a second a minute column");
            }
        }

        @Override
        public List<Integer> columns() {
            return IntStream.of(year, month, day, dayOfYear, hour, minute, second).filter(c -> c >= 0).boxed().toList();
        }
    }

    /** Year, day of year (1 = January 1st) and hour. */
    static Fields dayOfYear(int year, int dayOfYear, int hour) {
        return new Fields(year, -1, -1, dayOfYear, hour, -1, -1);
    }

    /** Year, day of year, hour, minute and second. */
    static Fields dayOfYear(int year, int dayOfYear, int hour, int minute, int second) {
        return new Fields(year, -1, -1, dayOfYear, hour, minute, second);
    }

    /** Year, month, day, hour, minute and second. */
    static Fields calendar(int year, int month, int day, int hour, int minute, int second) {
        return new Fields(year, month, day, -1, hour, minute, second);
    }

    private static void requireColumn(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("a time column index must be 0 or more, not " + column);
        }
    }
}
