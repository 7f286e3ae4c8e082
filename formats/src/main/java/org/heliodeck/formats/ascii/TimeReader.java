package org.heliodeck.formats.ascii;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.heliodeck.core.time.IsoTimeParser;
import org.heliodeck.core.time.TimeParseException;
import org.heliodeck.core.time.TimeScale;

/** Reads the TT2000 time of a split line as its {@link TimeColumns} say; one per reading of a file. */
sealed interface TimeReader {

    static TimeReader of(TimeColumns columns, TimeScale scale) {
        return switch (columns) {
            case TimeColumns.Iso iso -> new IsoReader(iso.column(), scale);
            case TimeColumns.UnixSeconds unix -> new UnixSecondsReader(unix.column(), scale);
            case TimeColumns.Fields fields -> new FieldsReader(fields, scale);
        };
    }

    /**
     * @throws FieldProblem when the time fields do not make a time
     */
    long read(FieldSplitter fields);

    record IsoReader(int column, TimeScale scale) implements TimeReader {
        @Override
        public long read(FieldSplitter fields) {
            try {
                return IsoTimeParser.parse(fields.chars(column), scale);
            } catch (TimeParseException e) {
                throw new FieldProblem(column, e.getMessage());
            }
        }
    }

    record UnixSecondsReader(int column, TimeScale scale) implements TimeReader {
        private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(9_000_000_000L);

        @Override
        public long read(FieldSplitter fields) {
            BigDecimal seconds;
            try {
                seconds = new BigDecimal(fields.text(column));
            } catch (NumberFormatException e) {
                throw new FieldProblem(column, "'" + fields.text(column) + "' is not a number of seconds since 1970");
            }
            if (seconds.abs().compareTo(MAX_SECONDS) > 0) {
                throw new FieldProblem(column, "'" + fields.text(column) + "' seconds since 1970 is outside the TT2000 range");
            }
            return scale.fromUnixNanos(seconds.movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact());
        }
    }

    /** Not a record: it keeps the last date it converted. */
    final class FieldsReader implements TimeReader {
        private static final long NANOS_PER_SECOND = TimeScale.NANOS_PER_SECOND;
        private final TimeColumns.Fields columns;
        private final TimeScale scale;
        // Consecutive rows nearly always share a date: remember the last one's day number.
        private int lastYear = Integer.MIN_VALUE;
        private int lastDate = Integer.MIN_VALUE;
        private long lastEpochDay;

        FieldsReader(TimeColumns.Fields columns, TimeScale scale) {
            this.columns = columns;
            this.scale = scale;
        }

        @Override
        public long read(FieldSplitter fields) {
            int year = whole(fields, columns.year(), "year", 1, 9999);
            int date;
            if (columns.dayOfYear() >= 0) {
                date = whole(fields, columns.dayOfYear(), "day of year", 1, 366);
            } else {
                date = whole(fields, columns.month(), "month", 1, 12) * 100 + whole(fields, columns.day(), "day", 1, 31);
            }
            if (year != lastYear || date != lastDate) {
                lastEpochDay = epochDay(fields, year, date);
                lastYear = year;
                lastDate = date;
            }
            long nanoOfDay = 0;
            if (columns.hour() >= 0) {
                nanoOfDay += whole(fields, columns.hour(), "hour", 0, 23) * 3_600 * NANOS_PER_SECOND;
            }
            if (columns.minute() >= 0) {
                nanoOfDay += whole(fields, columns.minute(), "minute", 0, 59) * 60 * NANOS_PER_SECOND;
            }
            if (columns.second() >= 0) {
                double second = fields.number(columns.second());
                if (!(second >= 0 && second < 61)) {
                    throw new FieldProblem(columns.second(), "second '" + fields.text(columns.second()) + "' is not in [0, 61)");
                }
                nanoOfDay += Math.round(second * NANOS_PER_SECOND);
            }
            try {
                return scale.tt2000(lastEpochDay, nanoOfDay);
            } catch (IllegalArgumentException e) {
                throw new FieldProblem(columns.second() >= 0 ? columns.second() : columns.year(), e.getMessage());
            }
        }

        private long epochDay(FieldSplitter fields, int year, int date) {
            try {
                return columns.dayOfYear() >= 0
                        ? LocalDate.ofYearDay(year, date).toEpochDay()
                        : LocalDate.of(year, date / 100, date % 100).toEpochDay();
            } catch (DateTimeException e) {
                int column = columns.dayOfYear() >= 0 ? columns.dayOfYear() : columns.day();
                throw new FieldProblem(column, "no such date: " + e.getMessage());
            }
        }

        private static int whole(FieldSplitter fields, int column, String what, int min, int max) {
            double v = fields.number(column);
            if (!(v >= min && v <= max) || v != Math.rint(v)) {
                throw new FieldProblem(column, what + " '" + fields.text(column) + "' is not a whole number in " + min
                        + ".." + max);
            }
            return (int) v;
        }
    }
}
