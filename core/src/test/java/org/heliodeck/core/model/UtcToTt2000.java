package org.heliodeck.core.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * UTC to TT2000 for the test data, 1997-07 to 2018, from the leap-second table of that period:
 * TT2000 counts SI nanoseconds from 2000-01-01T11:58:55.816 UTC. Kept in the tests so that the
 * model does not depend on the time package being written beside it.
 */
final class UtcToTt2000 {

    private UtcToTt2000() {}

    static long of(int year, int dayOfYear, int hour, int minute) {
        return of(LocalDate.ofYearDay(year, dayOfYear), hour * 3600L + minute * 60L);
    }

    /** An ISO 8601 UTC time with whole seconds, e.g. {@code 1997-08-30T17:06:00.000Z}. */
    static long parse(String iso) {
        OffsetDateTime t = OffsetDateTime.parse(iso);
        return of(t.toLocalDate(), t.toLocalTime().toSecondOfDay());
    }

    private static long of(LocalDate date, long secondsOfDay) {
        return (date.toEpochDay() - 10957) * 86_400_000_000_000L + secondsOfDay * 1_000_000_000L
                - 43_135_816_000_000L + (taiMinusUtc(date) - 32) * 1_000_000_000L;
    }

    private static int taiMinusUtc(LocalDate date) {
        if (date.isBefore(LocalDate.of(1997, 7, 1)) || date.getYear() > 2018) {
            throw new IllegalArgumentException(date + " is outside the leap-second table of these tests");
        }
        if (date.isBefore(LocalDate.of(1999, 1, 1))) {
            return 31;
        } else if (date.isBefore(LocalDate.of(2006, 1, 1))) {
            return 32;
        } else if (date.isBefore(LocalDate.of(2009, 1, 1))) {
            return 33;
        } else if (date.isBefore(LocalDate.of(2012, 7, 1))) {
            return 34;
        } else if (date.isBefore(LocalDate.of(2015, 7, 1))) {
            return 35;
        } else if (date.isBefore(LocalDate.of(2017, 1, 1))) {
            return 36;
        }
        return 37;
    }
}
