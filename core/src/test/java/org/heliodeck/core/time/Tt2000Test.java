package org.heliodeck.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Tt2000Test {

    @Test
    void theJ2000EpochIsZero() {
        assertThat(Tt2000.parse("2000-01-01T11:58:55.816Z")).isZero();
        assertThat(Tt2000.parse("2000-01-01T12:00:00Z")).isEqualTo(64_184_000_000L);
        assertThat(Tt2000.format(0)).isEqualTo("2000-01-01T11:58:55.816Z");
    }

    /** Values the NASA CDF library precomputes for the first days of its leap-second table. */
    @ParameterizedTest
    @CsvSource({
        "1972-01-01T00:00:00Z, -883655957816000000",
        "1972-07-01T00:00:00Z, -867931156816000000",
        "1999-01-01T00:00:00Z, -31579135816000000",
        "2006-01-01T00:00:00Z, 189345665184000000",
        "2015-07-01T00:00:00Z, 488980868184000000",
        "2017-01-01T00:00:00Z, 536500869184000000",
    })
    void matchesTheCdfLibraryAtLeapSecondBoundaries(String iso, long tt2000) {
        assertThat(Tt2000.parse(iso)).isEqualTo(tt2000);
        assertThat(Tt2000.format(tt2000)).isEqualTo(iso);
    }

    @Test
    void preLeapSecondEraFollowsTheCdfDriftFormula() {
        // 1970-01-01: TAI-UTC = 4.2131700 + (40587 + 0.5 - 39126) * 0.002592 = 8.001378 s.
        assertThat(Tt2000.parse("1970-01-01T00:00:00Z")).isEqualTo(-946_727_959_814_622_000L);
        // Each day of 1970 gains 2.592 ms against TAI, labelled as a fractional second 60.
        long dayStart = Tt2000.parse("1970-01-02");
        assertThat(Tt2000.parse("1970-01-01T23:59:60.002591999Z")).isEqualTo(dayStart - 1);
        assertThat(Tt2000.format(dayStart - 1)).isEqualTo("1970-01-01T23:59:60.002591999Z");
    }

    @Test
    void aDayThatLostTimeInTheDriftEraRefusesLabelsItNeverHad() {
        // On 1961-08-01 TAI-UTC dropped by 0.05 s (less the day's drift): 1961-07-31 lasted 86399.951296 s.
        long next = Tt2000.parse("1961-08-01");
        assertThat(Tt2000.parse("1961-07-31T23:59:59.951295999Z")).isEqualTo(next - 1);
        assertThatThrownBy(() -> Tt2000.parse("1961-07-31T23:59:59.96Z"))
                .isInstanceOf(TimeParseException.class)
                .hasMessageContaining("1961-07-31T23:59:59.96Z")
                .hasMessageContaining("lasts 86399.951296 s");
    }

    @Test
    void leapSecondsAreRealInstants() {
        long before = Tt2000.parse("2016-12-31T23:59:59.5Z");
        long leap = Tt2000.parse("2016-12-31T23:59:60.5Z");
        long after = Tt2000.parse("2017-01-01T00:00:00.5Z");
        assertThat(leap - before).isEqualTo(1_000_000_000L);
        assertThat(after - leap).isEqualTo(1_000_000_000L);
        assertThat(Tt2000.format(leap)).isEqualTo("2016-12-31T23:59:60.500Z");
        assertThat(Tt2000.utc(leap)).isEqualTo(new UtcDateTime(2016, 12, 31, 23, 59, 60, 500_000_000));
        assertThat(Tt2000.of(2016, 12, 31, 23, 59, 60, 500_000_000)).isEqualTo(leap);
        assertThat(Tt2000.parse("2017-01-01") - Tt2000.parse("2016-12-31")).isEqualTo(86_401_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-12-31T23:59:59.123456789Z | 2016-12-31T23:59:59.123456789Z",
        "2016-12-31T23:59:59.123Z       | 2016-12-31T23:59:59.123Z",
        "2016-12-31T23:59:59Z           | 2016-12-31T23:59:59Z",
        "2016-12-31T23:59Z              | 2016-12-31T23:59:00Z",
        "2016-12-31T23Z                 | 2016-12-31T23:00:00Z",
        "2016-12-31T23                  | 2016-12-31T23:00:00Z",
        "2016-12-31Z                    | 2016-12-31T00:00:00Z",
        "2016-12-31                     | 2016-12-31T00:00:00Z",
        "2016-366T23:59:60.5Z           | 2016-12-31T23:59:60.500Z",
        "2016-366Z                      | 2016-12-31T00:00:00Z",
        "2016-060                       | 2016-02-29T00:00:00Z",
        "2016-12                        | 2016-12-01T00:00:00Z",
        "2016                           | 2016-01-01T00:00:00Z",
        "20161231T235960Z               | 2016-12-31T23:59:60Z",
        "2016366T120000.25Z             | 2016-12-31T12:00:00.250Z",
        "2016-12-31 23:59:59.5          | 2016-12-31T23:59:59.500Z",
        "2016-12-31t12:00:00z           | 2016-12-31T12:00:00Z",
        "2016-12-31T12:00:00,5Z         | 2016-12-31T12:00:00.500Z",
        "2016-12-31T12:00:00.123456789999Z | 2016-12-31T12:00:00.123456789Z",
        "2017-01-01T00:59:60.5+01:00    | 2016-12-31T23:59:60.500Z",
        "2016-12-31T18:59:59-0500       | 2016-12-31T23:59:59Z",
        "'  2016-12-31T12:00Z  '        | 2016-12-31T12:00:00Z",
    })
    void readsEveryHapiFormAndCommonVariants(String input, String canonical) {
        assertThat(Tt2000.format(Tt2000.parse(input))).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-13-01          | month 13 is not in 1..12",
        "2016-02-30          | day 30 is not in 1..29 for 2016-02",
        "2015-02-29          | day 29 is not in 1..28 for 2015-02",
        "12:00               | does not start with a 4-digit year",
        "''                  | the string is empty",
        "2016-12-30T23:59:60Z | 2016-12-30 has no leap second",
        "2016-12-31T12:00:60Z | second 60 exists only in the last minute",
        "2016-12-31T24:00:00Z | hour 24 is not in 0..23",
        "2016-12-31T23:60Z   | minute 60 is not in 0..59",
        "2016-367            | day of year 367 is not in 1..366 for 2016",
        "2015-000            | day of year 0 is not in 1..365 for 2015",
        "2016-12-31T23:59:59.Z | expected digits after the decimal mark",
        "2016-12-31T2        | expected a 2-digit hour",
        "2016-12-31T23:59:59Q | unexpected 'Q' at character 20",
        "16-12-31            | does not start with a 4-digit year",
        "2016/12/31          | unexpected '/' at character 5",
        "1600-01-01          | outside the TT2000 range",
    })
    void badInputNamesTheStringAndTheProblem(String input, String problem) {
        assertThatThrownBy(() -> Tt2000.parse(input))
                .isInstanceOf(TimeParseException.class)
                .hasMessageContaining("'" + input + "'")
                .hasMessageContaining(problem);
    }

    @Test
    void cdfEpochIsMillisecondsSinceYearZeroWithoutLeapSeconds() {
        // 2000-01-01T00:00:00 is 730485 days after 0000-01-01.
        assertThat(Tt2000.toCdfEpoch(Tt2000.parse("2000-01-01"))).isEqualTo(63_113_904_000_000.0);
        assertThat(Tt2000.fromCdfEpoch(63_113_904_000_000.0)).isEqualTo(Tt2000.parse("2000-01-01"));
        assertThat(Tt2000.fromCdfEpoch(63_650_447_999_999.0)).isEqualTo(Tt2000.parse("2016-12-31T23:59:59.999Z"));
        // A leap second has no EPOCH label: it reads as the last millisecond of the day.
        assertThat(Tt2000.toCdfEpoch(Tt2000.parse("2016-12-31T23:59:60.5Z"))).isEqualTo(63_650_447_999_999.0);
    }

    @Test
    void epoch16KeepsPicosecondsAsTwoDoubles() {
        long t = Tt2000.parse("2016-12-31T12:34:56.123456789Z");
        Epoch16 e = Tt2000.toEpoch16(t);
        assertThat(e.seconds()).isEqualTo(63_650_406_896.0);
        assertThat(e.picoseconds()).isEqualTo(123_456_789_000.0);
        assertThat(Tt2000.fromEpoch16(e.seconds(), e.picoseconds())).isEqualTo(t);
        assertThat(Tt2000.fromEpoch16(e.seconds(), e.picoseconds() + 999)).isEqualTo(t);
        assertThatThrownBy(() -> Tt2000.fromEpoch16(0, 1e12)).hasMessageContaining("picoseconds");
    }

    @Test
    void unixTimeAndInstantSkipLeapSeconds() {
        long t = Tt2000.parse("2017-01-01T00:00:00Z");
        assertThat(Tt2000.toUnixNanos(t)).isEqualTo(1_483_228_800_000_000_000L);
        assertThat(Tt2000.toUnixSeconds(t)).isEqualTo(1_483_228_800.0);
        assertThat(Tt2000.fromUnixSeconds(1_483_228_800.25)).isEqualTo(t + 250_000_000L);
        assertThat(Tt2000.toInstant(t)).isEqualTo(Instant.parse("2017-01-01T00:00:00Z"));
        assertThat(Tt2000.fromInstant(Instant.parse("2016-12-31T23:59:59.999999999Z"))).isEqualTo(t - 1_000_000_001L);
        long leap = Tt2000.parse("2016-12-31T23:59:60.25Z");
        assertThat(Tt2000.toInstant(leap)).isEqualTo(Instant.parse("2016-12-31T23:59:59.999999999Z"));
        assertThatThrownBy(() -> Tt2000.fromUnixSeconds(Double.NaN)).hasMessageContaining("not a finite number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1708-01-01", "2291-12-31T23:59:59.999999999Z"})
    void coversTheWholeTt2000Range(String iso) {
        assertThat(Tt2000.format(Tt2000.parse(iso))).startsWith(iso.substring(0, 10));
    }

    @Test
    void theExtremesOfTheLongRangeStillHaveLabels() {
        // 9223372036.854775807 s after J2000, less the 5 leap seconds since 2000, is 106752 days
        // and 23:47:11.854775807 after 2000-01-01T11:58:55.816 UTC.
        assertThat(Tt2000.format(Long.MAX_VALUE)).isEqualTo("2292-04-11T11:46:07.670775807Z");
        assertThat(Tt2000.format(Long.MIN_VALUE + 2)).startsWith("1707-09-22T");
        assertThat(Tt2000.parse(Tt2000.format(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }
}
