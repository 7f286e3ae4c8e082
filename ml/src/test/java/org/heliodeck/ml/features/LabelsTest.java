package org.heliodeck.ml.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final long HOUR = 3_600_000_000_000L;
    private static final long T0 = Tt2000.of(2010, 1, 1, 0, 0, 0, 0);

    @Test
    void eachStepGetsTheFractionOfItInsideEvents() {
        long[] times = TimeGrid.over(new TimeRange(T0, T0 + 6 * HOUR), Duration.ofHours(1));
        List<TimeRange> events = List.of(
                new TimeRange(T0 + HOUR / 2, T0 + 2 * HOUR),            // half of step 0, all of step 1
                new TimeRange(T0 + 4 * HOUR + HOUR / 4, T0 + 4 * HOUR + HOUR / 2), // a quarter of step 4
                new TimeRange(T0 + 4 * HOUR + HOUR / 2, T0 + 4 * HOUR + 3 * HOUR / 4)); // and a touching quarter
        assertThat(Labels.overlapRatio(times, Duration.ofHours(1), events)).containsExactly(0.5, 1, 0, 0, 0.5, 0);
    }

    @Test
    void overlappingEventsAreNotCountedTwice() {
        long[] times = TimeGrid.over(new TimeRange(T0, T0 + 2 * HOUR), Duration.ofHours(1));
        List<TimeRange> events = List.of(new TimeRange(T0, T0 + 2 * HOUR), new TimeRange(T0, T0 + HOUR));
        assertThat(Labels.overlapRatio(times, Duration.ofHours(1), events)).containsExactly(1, 1);
    }

    @Test
    void theLastStepLastsOneCadence() {
        long[] times = TimeGrid.over(new TimeRange(T0, T0 + HOUR), Duration.ofHours(1));
        List<TimeRange> events = List.of(new TimeRange(T0 + HOUR / 2, T0 + 10 * HOUR));
        assertThat(Labels.overlapRatio(times, Duration.ofHours(1), events)).containsExactly(0.5);
    }
}
