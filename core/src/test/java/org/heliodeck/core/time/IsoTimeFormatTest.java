package org.heliodeck.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IsoTimeFormatTest {

    private final long t = Tt2000.parse("2016-12-31T23:59:60.987654321Z");

    @Test
    void truncatesToTheRequestedDigitsSoTheLabelNeverRollsOver() {
        assertThat(IsoTimeFormat.MILLIS.format(t)).isEqualTo("2016-12-31T23:59:60.987Z");
        assertThat(IsoTimeFormat.NANOS.format(t)).isEqualTo("2016-12-31T23:59:60.987654321Z");
        assertThat(IsoTimeFormat.EXACT.withFractionDigits(0).format(t)).isEqualTo("2016-12-31T23:59:60Z");
        assertThat(IsoTimeFormat.EXACT.withFractionDigits(1).format(t)).isEqualTo("2016-12-31T23:59:60.9Z");
    }

    @Test
    void shortestExactUsesGroupsOfThreeDigits() {
        assertThat(Tt2000.format(Tt2000.parse("2020-01-04T00:00:00.1Z"))).isEqualTo("2020-01-04T00:00:00.100Z");
        assertThat(Tt2000.format(Tt2000.parse("2020-01-04T00:00:00.0001Z"))).isEqualTo("2020-01-04T00:00:00.000100Z");
        assertThat(Tt2000.format(Tt2000.parse("2020-01-04T00:00:00.0000001Z"))).isEqualTo("2020-01-04T00:00:00.000000100Z");
    }

    @Test
    void writesDayOfYear() {
        assertThat(IsoTimeFormat.MILLIS.withDayOfYear(true).format(t)).isEqualTo("2016-366T23:59:60.987Z");
        assertThat(IsoTimeFormat.EXACT.withDayOfYear(true).format(Tt2000.parse("2015-03-01"))).isEqualTo("2015-060T00:00:00Z");
    }

    @Test
    void appendsManyTimesToOneBuilder() {
        StringBuilder out = new StringBuilder();
        IsoTimeFormat.MILLIS.formatTo(t, TimeScale.standard(), out);
        out.append(',');
        IsoTimeFormat.MILLIS.formatTo(t + 1_000_000_000L, TimeScale.standard(), out);
        assertThat(out).hasToString("2016-12-31T23:59:60.987Z,2017-01-01T00:00:00.987Z");
    }

    @Test
    void refusesImpossibleDigitCounts() {
        assertThatThrownBy(() -> IsoTimeFormat.EXACT.withFractionDigits(10)).hasMessageContaining("0..9");
    }
}
