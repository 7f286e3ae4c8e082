package org.heliodeck.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Round trips and ordering over random instants from 1958 to 2100, leap seconds included. */
class Tt2000PropertiesTest {

    private static final long START_1958 = Tt2000.parse("1958-01-01");
    private static final long START_2101 = Tt2000.parse("2101-01-01");
    private static final long J2000_UNIX_NANOS = 946_727_935_816_000_000L;

    /** TAI − UTC from 1972 written out independently of the bundled table, as a check on it. */
    private static final int[][] LEAP_DAYS = {
        {1972, 1, 10}, {1972, 7, 11}, {1973, 1, 12}, {1974, 1, 13}, {1975, 1, 14}, {1976, 1, 15}, {1977, 1, 16},
        {1978, 1, 17}, {1979, 1, 18}, {1980, 1, 19}, {1981, 7, 20}, {1982, 7, 21}, {1983, 7, 22}, {1985, 7, 23},
        {1988, 1, 24}, {1990, 1, 25}, {1991, 1, 26}, {1992, 7, 27}, {1993, 7, 28}, {1994, 7, 29}, {1996, 1, 30},
        {1997, 7, 31}, {1999, 1, 32}, {2006, 1, 33}, {2009, 1, 34}, {2012, 7, 35}, {2015, 7, 36}, {2017, 1, 37},
    };

    @Provide
    Arbitrary<Long> instants() {
        return Arbitraries.longs().between(START_1958, START_2101 - 1);
    }

    /** Instants inside a real leap second (23:59:60.xxx) of the table since 1972. */
    @Provide
    Arbitrary<Long> leapSecondInstants() {
        return Combinators.combine(Arbitraries.of(List.of(LEAP_DAYS)).filter(d -> d[0] > 1972 || d[1] > 1),
                        Arbitraries.longs().between(0, 999_999_999))
                .as((d, nanos) -> Tt2000.parse(String.format("%04d-%02d-01", d[0], d[1])) - 1_000_000_000L + nanos);
    }

    @Property
    void isoRoundTripIsExact(@ForAll("instants") long t) {
        assertThat(Tt2000.parse(Tt2000.format(t))).isEqualTo(t);
        assertThat(Tt2000.parse(IsoTimeFormat.NANOS.withDayOfYear(true).format(t))).isEqualTo(t);
    }

    @Property
    void leapSecondsRoundTripAndSortBetweenTheirNeighbours(@ForAll("leapSecondInstants") long t) {
        String iso = Tt2000.format(t);
        assertThat(iso).contains("T23:59:60");
        assertThat(Tt2000.parse(iso)).isEqualTo(t);
        String before = IsoTimeFormat.NANOS.format(t - 1_000_000_000L);
        String after = IsoTimeFormat.NANOS.format(t + 1_000_000_000L);
        assertThat(before).contains("T23:59:59.");
        assertThat(after).contains("T00:00:00.");
        assertThat(List.of(before, IsoTimeFormat.NANOS.format(t), after)).isSorted();
    }

    @Property
    void utcFieldsRoundTripIsExact(@ForAll("instants") long t) {
        assertThat(TimeScale.standard().tt2000(Tt2000.utc(t))).isEqualTo(t);
    }

    @Property
    void orderIsPreservedByFixedWidthStrings(@ForAll("instants") long a, @ForAll("instants") long b) {
        int byInstant = Long.compare(a, b);
        int byText = IsoTimeFormat.NANOS.format(a).compareTo(IsoTimeFormat.NANOS.format(b));
        assertThat(Integer.signum(byText)).isEqualTo(Integer.signum(byInstant));
    }

    /** Since 1972 every UTC second is an SI second: java.time and the leap-second list give TT2000 independently. */
    @Property
    void agreesWithJavaTimeAndTheLeapSecondListSince1972(
            @ForAll("instants") long any, @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Instant instant = Instant.ofEpochSecond(Math.floorMod(any / 1_000_000_000L, 4_102_444_800L - 63_072_000L) + 63_072_000L, nanos);
        long expected = instant.getEpochSecond() * 1_000_000_000L + instant.getNano() - J2000_UNIX_NANOS
                + (taiMinusUtc(instant) - 32) * 1_000_000_000L;
        assertThat(Tt2000.parse(instant.toString())).isEqualTo(expected);
        assertThat(Tt2000.toInstant(expected)).isEqualTo(instant);
        assertThat(Tt2000.fromInstant(instant)).isEqualTo(expected);
    }

    @Property
    void unixNanosAndEpoch16RoundTripExactlyOutsideLeapSeconds(@ForAll("instants") long t) {
        if (Tt2000.utc(t).second() == 60) {
            return;
        }
        assertThat(Tt2000.fromUnixNanos(Tt2000.toUnixNanos(t))).isEqualTo(t);
        Epoch16 e = Tt2000.toEpoch16(t);
        assertThat(Tt2000.fromEpoch16(e.seconds(), e.picoseconds())).isEqualTo(t);
    }

    @Property
    void cdfEpochRoundTripsToTheDoublesPrecision(@ForAll("instants") long t) {
        if (Tt2000.utc(t).second() == 60) {
            return;
        }
        long millis = t - Math.floorMod(Tt2000.toUnixNanos(t), 1_000_000L);
        // Whole milliseconds are exact; finer parts are held to the double's ~8 µs resolution.
        assertThat(Tt2000.fromCdfEpoch(Tt2000.toCdfEpoch(millis))).isEqualTo(millis);
        assertThat(Tt2000.fromCdfEpoch(Tt2000.toCdfEpoch(t))).isCloseTo(t, org.assertj.core.data.Offset.offset(8_000L));
    }

    @Property
    void unixSecondsAreMonotoneAndCloseToExact(@ForAll("instants") long a, @ForAll("instants") long b) {
        if (a <= b) {
            assertThat(Tt2000.toUnixSeconds(a)).isLessThanOrEqualTo(Tt2000.toUnixSeconds(b));
        }
        assertThat(Tt2000.toUnixSeconds(a) * 1e9).isCloseTo((double) Tt2000.toUnixNanos(a), org.assertj.core.data.Offset.offset(1_000.0));
    }

    private static int taiMinusUtc(Instant instant) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond(), 86_400));
        int value = 0;
        for (int[] d : LEAP_DAYS) {
            if (!date.isBefore(LocalDate.of(d[0], d[1], 1))) {
                value = d[2];
            }
        }
        return value;
    }
}
