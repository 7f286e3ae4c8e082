package org.heliodeck.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static TimeRange r(String start, String stop) {
        return TimeRange.of(start, stop);
    }

    @Test
    void isHalfOpen() {
        TimeRange day = r("2020-01-04", "2020-01-05");
        assertThat(day.contains(day.start())).isTrue();
        assertThat(day.contains(day.stop())).isFalse();
        assertThat(day.overlaps(r("2020-01-05", "2020-01-06"))).isFalse();
        assertThat(day.intersect(r("2020-01-05", "2020-01-06"))).isEmpty();
        assertThat(day.intersect(r("2020-01-04T12", "2020-01-06"))).contains(r("2020-01-04T12", "2020-01-05"));
        assertThat(day.duration()).isEqualTo(86_400_000_000_000L);
    }

    @Test
    void refusesRangesThatStopBeforeTheyStart() {
        assertThatThrownBy(() -> r("2020-01-05", "2020-01-04"))
                .hasMessageContaining("stops before it starts: 2020-01-05T00:00:00Z > 2020-01-04T00:00:00Z");
    }

    @Test
    void unionMergesOverlappingAndTouchingRangesAndDropsEmptyOnes() {
        List<TimeRange> union = TimeRange.union(List.of(
                r("2020-01-03", "2020-01-04"), r("2020-01-01", "2020-01-02T12"), r("2020-01-02", "2020-01-03"),
                r("2020-01-10", "2020-01-10"), r("2020-01-05", "2020-01-06")));
        assertThat(union).containsExactly(r("2020-01-01", "2020-01-04"), r("2020-01-05", "2020-01-06"));
    }

    @Test
    void subtractGivesWhatACacheMisses() {
        TimeRange wanted = r("2020-01-01", "2020-01-10");
        List<TimeRange> cached = List.of(r("2019-12-30", "2020-01-02"), r("2020-01-04", "2020-01-05"), r("2020-01-08", "2020-01-20"));
        assertThat(wanted.subtract(cached)).containsExactly(r("2020-01-02", "2020-01-04"), r("2020-01-05", "2020-01-08"));
        assertThat(wanted.subtract(List.of())).containsExactly(wanted);
        assertThat(wanted.subtract(List.of(r("2019-01-01", "2021-01-01")))).isEmpty();
    }

    @Test
    void fragmentsAreAlignedOnUtcDaysAndKeepLeapSecondsInTheirDay() {
        assertThat(r("2016-12-31T05", "2017-01-01T13").fragments(Duration.ofHours(12))).containsExactly(
                r("2016-12-31T00", "2016-12-31T12"), r("2016-12-31T12", "2017-01-01T00"),
                r("2017-01-01T00", "2017-01-01T12"), r("2017-01-01T12", "2017-01-02T00"));
        assertThat(r("2016-12-31T12", "2017-01-01").fragments(Duration.ofHours(12)).getFirst().duration())
                .isEqualTo(Duration.ofHours(12).plusSeconds(1).toNanos());
        // A range starting inside the leap second still starts in the day's last fragment.
        assertThat(r("2016-12-31T23:59:60.5", "2017-01-01T00:00:00.5").fragments(Duration.ofHours(1)))
                .containsExactly(r("2016-12-31T23", "2017-01-01"), r("2017-01-01", "2017-01-01T01"));
        assertThat(r("2020-01-04", "2020-01-05").fragments(Duration.ofDays(2)))
                .containsExactly(r("2020-01-03", "2020-01-05"));
        assertThat(r("2020-01-04", "2020-01-04").fragments(Duration.ofHours(1))).isEmpty();
        assertThatThrownBy(() -> r("2020-01-04", "2020-01-05").fragments(Duration.ofHours(7)))
                .hasMessageContaining("neither divides a day");
    }

    @Test
    void shiftAndZoom() {
        TimeRange day = r("2020-01-04", "2020-01-05");
        assertThat(day.shift(Duration.ofHours(6).toNanos())).isEqualTo(r("2020-01-04T06", "2020-01-05T06"));
        assertThat(day.zoom(0.5, Tt2000.parse("2020-01-04T12"))).isEqualTo(r("2020-01-04T06", "2020-01-04T18"));
        assertThat(day.zoom(2, day.start())).isEqualTo(r("2020-01-04", "2020-01-06"));
        assertThatThrownBy(() -> day.zoom(0, day.start())).hasMessageContaining("positive finite");
        TimeRange everything = day.zoom(1e12, day.start() + day.duration() / 2);
        assertThat(everything.start()).isEqualTo(Long.MIN_VALUE);
        assertThat(everything.stop()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void writesAndReadsIsoIntervals() {
        TimeRange range = r("2016-12-31T23:59:60.5", "2017-01-01T00:00:01");
        assertThat(range).hasToString("2016-12-31T23:59:60.500Z/2017-01-01T00:00:01Z");
        assertThat(TimeRange.parse(range.toString())).isEqualTo(range);
        assertThatThrownBy(() -> TimeRange.parse("2016-12-31")).hasMessageContaining("expected 'start/stop'");
        assertThatThrownBy(() -> TimeRange.parse("2017-01-02/2017-01-01")).hasMessageContaining("stops before it starts");
    }

    @Provide
    Arbitrary<List<TimeRange>> rangeLists() {
        Arbitrary<TimeRange> one = Arbitraries.longs().between(0, 1_000).flatMap(s ->
                Arbitraries.longs().between(0, 200).map(len -> new TimeRange(s, s + len)));
        return one.list().ofMaxSize(12);
    }

    @Property
    void subtractAndUnionPartitionTheRange(@ForAll("rangeLists") List<TimeRange> covered) {
        TimeRange range = new TimeRange(100, 900);
        List<TimeRange> missing = range.subtract(covered);
        List<TimeRange> present = new ArrayList<>();
        for (TimeRange c : covered) {
            c.intersect(range).ifPresent(present::add);
        }
        for (long t = range.start(); t < range.stop(); t++) {
            long instant = t;
            boolean isMissing = missing.stream().anyMatch(m -> m.contains(instant));
            boolean isCovered = present.stream().anyMatch(c -> c.contains(instant));
            assertThat(isMissing).isNotEqualTo(isCovered);
        }
        assertThat(TimeRange.union(missing)).isEqualTo(missing);
    }

    @Property
    void fragmentsCoverTheRangeWithoutGapsOrOverlaps(
            @ForAll("fragmentStarts") long start, @ForAll("fragmentLengths") Duration length) {
        TimeRange range = new TimeRange(start, start + Duration.ofHours(30).toNanos());
        List<TimeRange> fragments = range.fragments(length);
        assertThat(fragments.getFirst().start()).isLessThanOrEqualTo(range.start());
        assertThat(fragments.getLast().stop()).isGreaterThanOrEqualTo(range.stop());
        for (int i = 1; i < fragments.size(); i++) {
            assertThat(fragments.get(i).start()).isEqualTo(fragments.get(i - 1).stop());
        }
        assertThat(fragments.getFirst().contains(range.start())).isTrue();
    }

    @Provide
    Arbitrary<Long> fragmentStarts() {
        return Arbitraries.longs().between(Tt2000.parse("1990-01-01"), Tt2000.parse("2030-01-01"));
    }

    @Provide
    Arbitrary<Duration> fragmentLengths() {
        return Arbitraries.of(Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(3));
    }
}
