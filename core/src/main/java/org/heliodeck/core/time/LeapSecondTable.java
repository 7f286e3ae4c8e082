package org.heliodeck.core.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * TAI − UTC for every UTC day: the leap seconds since 1972 and, from 1960 to 1971, the fractional
 * offsets of the era when UTC drifted against TAI. This is what makes TT2000 exact.
 *
 * <p>Two text layouts are read: the NASA CDF library's {@code CDFLeapSeconds.txt} (the bundled
 * table is in that layout) and the IERS/IETF {@code leap-seconds.list} that operating systems ship
 * (e.g. {@code /usr/share/zoneinfo/leap-seconds.list}). A table that starts later than the bundled
 * one (the latter list starts in 1972) keeps the bundled entries before its first date.
 */
public final class LeapSecondTable {

    /** One row: from {@code date} on, TAI − UTC = base + (MJD + 0.5 − driftOriginMjd) × drift. */
    public record Entry(LocalDate date, long baseNanos, long driftOriginMjd, long driftNanosPerDay) {

        /** TAI − UTC on {@code epochDay}, in nanoseconds, following the CDF library's formula. */
        long taiMinusUtcNanos(long epochDay) {
            if (driftNanosPerDay == 0) {
                return baseNanos;
            }
            long halfDays = 2 * (epochDay + MJD_OF_EPOCH_DAY_0 - driftOriginMjd) + 1;
            return baseNanos + Math.floorDiv(halfDays * driftNanosPerDay, 2);
        }
    }

    private static final long MJD_OF_EPOCH_DAY_0 = 40_587;
    private static final long NTP_DAY_OF_EPOCH_DAY_0 = 25_567;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final String BUNDLED = "leap-seconds.txt";

    private static final class BundledHolder {
        static final LeapSecondTable TABLE = readBundled();
    }

    /** The rows of a table file, before any bundled history is added. */
    private record Rows(List<Entry> entries, LocalDate expires) {}

    private final List<Entry> entries;
    private final LocalDate expires;
    private final String source;
    private final long[] startDays;
    /** The entries again as an array: this lookup runs for every timestamp parsed. */
    private final Entry[] rows;

    private LeapSecondTable(List<Entry> entries, LocalDate expires, String source) {
        this.entries = List.copyOf(entries);
        this.expires = expires;
        this.source = source;
        this.startDays = entries.stream().mapToLong(e -> e.date().toEpochDay()).toArray();
        this.rows = entries.toArray(Entry[]::new);
        validate();
    }

    /** The table shipped with Heliodeck (last change: 2017-01-01, TAI − UTC = 37 s). */
    public static LeapSecondTable bundled() {
        return BundledHolder.TABLE;
    }

    /** Reads a table in either supported layout; says which file and line when it cannot. */
    public static LeapSecondTable load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read leap-second table " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a table from its text; {@code source} names it in error messages. Dates before the
     * table's first row keep the bundled values.
     *
     * @throws IllegalArgumentException naming the source and line of anything it cannot read
     */
    public static LeapSecondTable parse(String text, String source) {
        Rows rows = readRows(text, source);
        LocalDate first = rows.entries().getFirst().date();
        List<Entry> entries = new ArrayList<>();
        for (Entry e : bundled().entries) {
            if (e.date().isBefore(first)) {
                entries.add(e);
            }
        }
        entries.addAll(rows.entries());
        return build(entries, rows.expires(), source);
    }

    private static Rows readRows(String text, String source) {
        List<Entry> entries = new ArrayList<>();
        LocalDate expires = null;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            try {
                if (line.startsWith("#@")) {
                    expires = ntpDate(line.substring(2).strip());
                    continue;
                }
                int comment = line.indexOf('#');
                if (comment >= 0) {
                    line = line.substring(0, comment).strip();
                }
                if (line.isEmpty() || line.startsWith(";")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                if (f.length == 2) {
                    entries.add(new Entry(ntpDate(f[0]), nanos(f[1]), 0, 0));
                } else if (f.length == 6) {
                    LocalDate date = LocalDate.of(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                    entries.add(new Entry(date, nanos(f[3]), wholeNumber(f[4]), nanos(f[5])));
                } else {
                    throw new IllegalArgumentException("expected 'Year Month Day TAI-UTC Drift1 Drift2' "
                            + "(CDFLeapSeconds.txt) or 'NTPseconds TAI-UTC' (leap-seconds.list), found " + f.length + " fields");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage() + ": '" + lines[i] + "'", e);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(source + ": no leap-second entries found");
        }
        return new Rows(entries, expires);
    }

    private static LeapSecondTable build(List<Entry> entries, LocalDate expires, String source) {
        try {
            return new LeapSecondTable(entries, expires, source);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** When the table's publisher stops vouching for it (only {@code leap-seconds.list} says). */
    public Optional<LocalDate> expires() {
        return Optional.ofNullable(expires);
    }

    /** Where the table was read from. */
    public String source() {
        return source;
    }

    /** The date of the last change of TAI − UTC in this table. */
    public LocalDate lastChange() {
        return entries.getLast().date();
    }

    /** TAI − UTC in nanoseconds during the UTC day {@code epochDay} (days since 1970-01-01). */
    public long taiMinusUtcNanos(long epochDay) {
        int i = startDays.length - 1;
        if (epochDay < startDays[i]) {
            i = Arrays.binarySearch(startDays, epochDay);
            if (i < 0) {
                i = -i - 2;
            }
            if (i < 0) {
                return 0;
            }
        }
        return rows[i].taiMinusUtcNanos(epochDay);
    }

    private void validate() {
        // Order first: the step check below looks rows up by date.
        for (int i = 1; i < startDays.length; i++) {
            if (startDays[i] <= startDays[i - 1]) {
                throw new IllegalArgumentException("entries are not in increasing date order at " + entries.get(i).date());
            }
        }
        for (int i = 0; i < startDays.length; i++) {
            long step = taiMinusUtcNanos(startDays[i]) - taiMinusUtcNanos(startDays[i] - 1);
            if (step <= -NANOS_PER_SECOND || step > NANOS_PER_SECOND) {
                throw new IllegalArgumentException("TAI-UTC changes by " + step / 1e9 + " s on " + entries.get(i).date()
                        + "; a UTC day can only gain up to one second or lose less than one");
            }
        }
    }

    private static LocalDate ntpDate(String seconds) {
        long s = Long.parseLong(seconds);
        if (s % 86_400 != 0) {
            throw new IllegalArgumentException("NTP time " + s + " is not a UTC midnight");
        }
        return LocalDate.ofEpochDay(s / 86_400 - NTP_DAY_OF_EPOCH_DAY_0);
    }

    private static long nanos(String seconds) {
        return new BigDecimal(seconds).movePointRight(9).longValueExact();
    }

    private static long wholeNumber(String value) {
        return new BigDecimal(value).longValueExact();
    }

    private static LeapSecondTable readBundled() {
        try (InputStream in = LeapSecondTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled leap-second table " + BUNDLED + " is missing from the jar");
            }
            String source = "bundled " + BUNDLED;
            return build(readRows(new String(in.readAllBytes(), StandardCharsets.US_ASCII), source).entries(), null, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
