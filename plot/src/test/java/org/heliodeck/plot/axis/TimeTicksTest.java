package org.heliodeck.plot.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.plot.axis.TimeTicks.Tick;
import org.junit.jupiter.api.Test;

class TimeTicksTest {

    @Test
    void tenMinutesGetAMinuteStepAndTheDateOnceOnTheFirstTick() {
        TimeTicks ticks = TimeTicks.of(TimeRange.of("2003-10-30T06:00", "2003-10-30T06:10"), 1000, 60);

        assertThat(ticks.step()).hasToString("1 min");
        assertThat(labels(ticks)).containsExactly("06:00", "06:01", "06:02", "06:03", "06:04", "06:05", "06:06", "06:07",
                "06:08", "06:09", "06:10");
        assertThat(ticks.major()).extracting(Tick::context).containsOnlyOnce("2003-10-30").first().isEqualTo("2003-10-30");
        assertThat(ticks.major().get(1).time()).isEqualTo(Tt2000.parse("2003-10-30T06:01"));
        // 15-second minor ticks: three between two minutes.
        assertThat(ticks.minor()).hasSize(30).contains(Tt2000.parse("2003-10-30T06:00:15"));
    }

    @Test
    void threeDaysShowEachDateOnItsMidnightTick() {
        TimeTicks ticks = TimeTicks.of(TimeRange.of("2003-10-29", "2003-11-01"), 1000, 60);

        assertThat(ticks.step()).hasToString("6 h");
        assertThat(labels(ticks)).startsWith("00:00", "06:00", "12:00", "18:00", "00:00").endsWith("00:00").hasSize(13);
        assertThat(ticks.major().stream().filter(t -> !t.context().isEmpty()).map(t -> t.context() + " " + t.label()))
                .containsExactly("2003-10-29 00:00", "2003-10-30 00:00", "2003-10-31 00:00", "2003-11-01 00:00");
    }

    @Test
    void anAxisStartingMidDayShowsItsDateOnTheFirstTick() {
        TimeTicks ticks = TimeTicks.of(TimeRange.of("2003-10-30T07:00", "2003-11-01T07:00"), 600, 60);

        assertThat(ticks.major().getFirst().label()).isEqualTo("12:00");
        assertThat(ticks.major().getFirst().context()).isEqualTo("2003-10-30");
    }

    @Test
    void twentyYearsAreLabelledByYear() {
        TimeTicks ticks = TimeTicks.of(TimeRange.of("2000-01-01", "2020-01-01"), 1000, 60);

        assertThat(ticks.step()).hasToString("2 years");
        assertThat(labels(ticks)).containsExactly("2000", "2002", "2004", "2006", "2008", "2010", "2012", "2014", "2016",
                "2018", "2020");
        assertThat(ticks.major().get(1).time()).isEqualTo(Tt2000.parse("2002-01-01"));
        assertThat(ticks.major()).extracting(Tick::context).containsOnly("");
    }

    @Test
    void aMicrosecondInsideALeapSecondIsLabelledInGroupedDigitsOfSecond60() {
        long middle = Tt2000.parse("2016-12-31T23:59:60.5");
        TimeTicks ticks = TimeTicks.of(new TimeRange(middle - 500, middle + 500), 1000, 60);

        assertThat(ticks.step()).hasToString("100 ns");
        assertThat(labels(ticks)).startsWith("60.499 999 500", "60.499 999 600").contains("60.500 000 000")
                .endsWith("60.500 000 500");
        assertThat(ticks.major().getFirst().context()).isEqualTo("2016-12-31 23:59");
        assertThat(ticks.major().get(5).time()).isEqualTo(middle);
    }

    @Test
    void subSecondStepsRunThroughTheLeapSecondWholeSecondStepsSkipIt() {
        TimeTicks fine = TimeTicks.of(TimeRange.of("2016-12-31T23:59:58", "2017-01-01T00:00:02"), 1000, 60);
        assertThat(fine.step()).hasToString("500 ms");
        assertThat(labels(fine)).containsSubsequence("23:59:59.500", "23:59:60.000", "23:59:60.500", "00:00:00.000");
        assertThat(fine.major()).filteredOn(t -> t.label().equals("00:00:00.000")).extracting(Tick::context)
                .containsExactly("2017-01-01");

        TimeTicks coarse = TimeTicks.of(TimeRange.of("2016-12-31T23:59:55", "2017-01-01T00:00:05"), 1000, 60);
        assertThat(coarse.step()).hasToString("1 s");
        assertThat(labels(coarse)).containsSubsequence("23:59:58", "23:59:59", "00:00:00", "00:00:01")
                .noneMatch(l -> l.contains(":60"));
        assertThat(coarse.major()).filteredOn(t -> t.label().equals("00:00:00")).first()
                .extracting(Tick::time).isEqualTo(Tt2000.parse("2017-01-01T00:00:00"));
    }

    @Test
    void daysFallOnDayStartsAndMonthsOnTheFirst() {
        TimeTicks days = TimeTicks.of(TimeRange.of("2019-03-01", "2019-05-01"), 1000, 60);
        assertThat(days.step()).hasToString("5 days");
        assertThat(days.major()).allSatisfy(t -> assertThat(Tt2000.format(t.time())).endsWith("T00:00:00Z"));

        TimeTicks months = TimeTicks.of(TimeRange.of("2019-01-01", "2019-12-01"), 1000, 60);
        assertThat(labels(months)).startsWith("2019-01", "2019-02", "2019-03").endsWith("2019-12");
        assertThat(months.major().get(1).time()).isEqualTo(Tt2000.parse("2019-02-01"));
    }

    @Test
    void widerLabelsAskForLongerSteps() {
        TimeRange hour = TimeRange.of("2003-10-30T06:00", "2003-10-30T07:00");
        TimeTicks narrow = TimeTicks.of(hour, 800, label -> 4.0 * label.length());
        TimeTicks wide = TimeTicks.of(hour, 800, label -> 12.0 * label.length());

        assertThat(narrow.step().approxNanos()).isLessThan(wide.step().approxNanos());
        long spacing = wide.major().get(1).time() - wide.major().get(0).time();
        assertThat(spacing / (double) hour.duration() * 800).isGreaterThanOrEqualTo(12.0 * "06:00".length());
    }

    private static List<String> labels(TimeTicks ticks) {
        return ticks.major().stream().map(Tick::label).toList();
    }
}
