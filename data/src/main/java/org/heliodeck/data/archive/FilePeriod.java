package org.heliodeck.data.archive;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.core.time.UtcDateTime;

/**
 * The span of one file of a described archive, aligned on the UTC calendar: {@code PTnH} with n
 * dividing 24 (from midnight), {@code P1D}, {@code PnM} with n dividing 12 (from January), or
 * {@code P1Y}. Only spans that tile the calendar are allowed, so that the file holding any instant
 * is known without listing anything.
 */
record FilePeriod(ChronoUnit unit, int amount) {

    private static final Pattern ISO = Pattern.compile("P(?:(\\d+)([YMD])|T(\\d+)H)");

    FilePeriod {
        boolean tiles = switch (unit) {
            case HOURS -> amount > 0 && 24 % amount == 0;
            case DAYS, YEARS -> amount == 1;
            case MONTHS -> amount > 0 && 12 % amount == 0;
            default -> false;
        };
        if (!tiles) {
            throw new IllegalArgumentException(iso(unit, amount) + " does not tile the calendar: use PTnH (n dividing 24),"
                    + " P1D, PnM (n dividing 12) or P1Y");
        }
    }

    /** Parses {@code P1D}, {@code PT6H}, {@code P1M}, {@code P1Y}... */
    static FilePeriod parse(String text) {
        Matcher m = ISO.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a period like PT1H, P1D, P1M or P1Y");
        }
        if (m.group(3) != null) {
            return new FilePeriod(ChronoUnit.HOURS, Integer.parseInt(m.group(3)));
        }
        ChronoUnit unit = switch (m.group(2)) {
            case "Y" -> ChronoUnit.YEARS;
            case "M" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.DAYS;
        };
        return new FilePeriod(unit, Integer.parseInt(m.group(1)));
    }

    /** The start of the file span holding {@code t}. */
    LocalDateTime floor(LocalDateTime t) {
        return switch (unit) {
            case HOURS -> t.truncatedTo(ChronoUnit.DAYS).withHour(t.getHour() - t.getHour() % amount);
            case DAYS -> t.truncatedTo(ChronoUnit.DAYS);
            case MONTHS -> LocalDateTime.of(t.getYear(), t.getMonthValue() - (t.getMonthValue() - 1) % amount, 1, 0, 0);
            default -> LocalDateTime.of(t.getYear(), 1, 1, 0, 0);
        };
    }

    LocalDateTime next(LocalDateTime start) {
        return start.plus(amount, unit);
    }

    /** The starts of the file spans that intersect {@code range}, in time order. */
    List<LocalDateTime> startsWithin(TimeRange range) {
        List<LocalDateTime> out = new ArrayList<>();
        for (LocalDateTime s = floor(utc(range.start())); tt2000(s) < range.stop(); s = next(s)) {
            out.add(s);
        }
        return out;
    }

    static long tt2000(LocalDateTime t) {
        return Tt2000.of(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), 0);
    }

    /** The UTC calendar time of {@code tt2000}; a leap second counts as the second before it. */
    static LocalDateTime utc(long tt2000) {
        UtcDateTime u = Tt2000.utc(tt2000);
        return LocalDateTime.of(u.year(), u.month(), u.day(), u.hour(), u.minute(), Math.min(u.second(), 59));
    }

    @Override
    public String toString() {
        return iso(unit, amount);
    }

    private static String iso(ChronoUnit unit, int amount) {
        return unit == ChronoUnit.HOURS ? "PT" + amount + "H" : "P" + amount + unit.name().charAt(0);
    }
}
