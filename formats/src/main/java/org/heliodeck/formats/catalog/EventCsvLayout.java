package org.heliodeck.formats.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heliodeck.core.time.Tt2000;

/**
 * Where an event CSV keeps its times and how it writes them.
 *
 * @param startColumn the header of the start column; empty to take the first of {@link #START_NAMES}
 * @param stopColumn the header of the stop column; empty to take the first of {@link #STOP_NAMES}
 * @param timePattern a {@link DateTimeFormatter} pattern such as {@code dd.MM.uuuu HH:mm}, UTC unless it
 *     reads an offset; empty for ISO 8601 in any form Heliodeck reads, or a date with slashes and a
 *     time of one- or two-digit fields ({@code 1997/10/10 15:57}, {@code 2001/10/23 1:29:05})
 * @param delimiter between fields, usually a comma
 */
public record EventCsvLayout(String startColumn, String stopColumn, String timePattern, char delimiter) {

    /** Headers taken for the start, compared ignoring case. */
    public static final List<String> START_NAMES = List.of("start", "begin", "start time", "start_time", "starttime", "tstart");
    public static final List<String> STOP_NAMES = List.of("stop", "end", "stop time", "stop_time", "stoptime", "end time",
            "end_time", "endtime", "tstop", "tend");

    /**
     * Dates with slashes, as event lists write them, fields of one digit allowed:
     * {@code 1997/10/10 15:57}, {@code 2001/10/23 1:29:05.5}.
     */
    private static final Pattern SLASHED =
            Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?)?Z?");

    /** Start and stop found by their usual names, ISO times, commas. */
    public static final EventCsvLayout DEFAULT = new EventCsvLayout("", "", "", ',');

    public EventCsvLayout {
        if (!timePattern.isEmpty()) {
            DateTimeFormatter.ofPattern(timePattern, Locale.ROOT); // refuses a bad pattern now rather than at the first row
        }
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("'" + delimiter + "' cannot separate CSV fields");
        }
    }

    public EventCsvLayout withColumns(String start, String stop) {
        return new EventCsvLayout(start, stop, timePattern, delimiter);
    }

    public EventCsvLayout withTimePattern(String pattern) {
        return new EventCsvLayout(startColumn, stopColumn, pattern, delimiter);
    }

    public EventCsvLayout withDelimiter(char separator) {
        return new EventCsvLayout(startColumn, stopColumn, timePattern, separator);
    }

    /** Whether a header names the start column. */
    boolean isStart(String header) {
        return startColumn.isEmpty() ? START_NAMES.contains(header.strip().toLowerCase(Locale.ROOT)) : header.strip().equals(startColumn);
    }

    boolean isStop(String header) {
        return stopColumn.isEmpty() ? STOP_NAMES.contains(header.strip().toLowerCase(Locale.ROOT)) : header.strip().equals(stopColumn);
    }

    /** The TT2000 of a time cell; refuses a cell that does not fit with an IllegalArgumentException. */
    long parseTime(String cell) {
        String text = cell.strip();
        if (timePattern.isEmpty()) {
            Matcher slashed = SLASHED.matcher(text);
            return slashed.matches() ? slashedTime(slashed, text) : Tt2000.parse(text);
        }
        LocalDateTime utc;
        try {
            TemporalAccessor parsed = DateTimeFormatter.ofPattern(timePattern, Locale.ROOT).parse(text);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                utc = OffsetDateTime.from(parsed).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } else if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                utc = LocalDateTime.from(parsed);
            } else {
                utc = LocalDate.from(parsed).atStartOfDay();
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a time of pattern '" + timePattern + "'", e);
        }
        return Tt2000.of(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth(), utc.getHour(), utc.getMinute(), utc.getSecond(),
                utc.getNano());
    }

    private static long slashedTime(Matcher time, String text) {
        String fraction = time.group(7) == null ? "" : time.group(7);
        try {
            return Tt2000.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)), Integer.parseInt(time.group(3)),
                    field(time.group(4)), field(time.group(5)), field(time.group(6)),
                    fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a time: " + e.getMessage(), e);
        }
    }

    private static int field(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
