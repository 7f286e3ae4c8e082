package org.heliodeck.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;

class IntervalExtractionTest {

    private static final long HOUR = 3_600_000_000_000L;
    private static final long T0 = Tt2000.of(2010, 1, 1, 0, 0, 0, 0);
    private static final float NAN = Float.NaN;

    private static long[] hours(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * HOUR;
        }
        return t;
    }

    private static TimeRange h(int from, int to) {
        return new TimeRange(T0 + from * HOUR, T0 + to * HOUR);
    }

    @Test
    void hysteresisOpensAtTheHighThresholdAndClosesBelowTheLowOne() {
        float[] s = {0.1f, 0.5f, 0.8f, 0.5f, 0.6f, 0.35f, 0.2f, 0.5f, 0.1f};
        var x = new IntervalExtraction(1, 0.7, 0.4, Duration.ZERO, Duration.ZERO);
        // 0.5 at hour 1 does not open; 0.5 at hour 7 does not open again either.
        assertThat(x.extract(hours(s.length), Duration.ofHours(1), s)).extracting(Suggestion::range).containsExactly(h(2, 5));
        var single = new IntervalExtraction(1, 0.5, 0.5, Duration.ZERO, Duration.ZERO);
        assertThat(single.extract(hours(s.length), Duration.ofHours(1), s)).extracting(Suggestion::range)
                .containsExactly(h(1, 5), h(7, 8));
    }

    @Test
    void shortIntervalsAreDroppedAfterCloseOnesAreMerged() {
        float[] s = {0.9f, 0.9f, 0, 0.9f, 0, 0, 0, 0.9f, 0};
        var noMerge = new IntervalExtraction(1, 0.5, 0.5, Duration.ofHours(2), Duration.ZERO);
        assertThat(noMerge.extract(hours(s.length), Duration.ofHours(1), s)).extracting(Suggestion::range).containsExactly(h(0, 2));
        var merge = new IntervalExtraction(1, 0.5, 0.5, Duration.ofHours(2), Duration.ofHours(1));
        assertThat(merge.extract(hours(s.length), Duration.ofHours(1), s)).extracting(Suggestion::range).containsExactly(h(0, 4));
        var wideMerge = new IntervalExtraction(1, 0.5, 0.5, Duration.ofHours(2), Duration.ofHours(3));
        assertThat(wideMerge.extract(hours(s.length), Duration.ofHours(1), s)).extracting(Suggestion::range).containsExactly(h(0, 8));
    }

    @Test
    void aStepWithoutDataClosesAnIntervalAndAnIntervalOpenAtTheEndStopsThere() {
        float[] s = {0.9f, NAN, 0.9f, 0.9f};
        var x = new IntervalExtraction(1, 0.5, 0.5, Duration.ZERO, Duration.ZERO);
        assertThat(x.extract(hours(s.length), Duration.ofHours(1), s)).extracting(Suggestion::range).containsExactly(h(0, 1), h(2, 4));
    }

    @Test
    void smoothingAveragesNeighboursAndTheConfidenceIsTheMeanSmoothedScore() {
        float[] s = {0, 0, 1, 0, 0, 0.6f, 0.6f, 0.6f, 0};
        var x = new IntervalExtraction(3, 0.5, 0.5, Duration.ZERO, Duration.ZERO);
        // The lone spike is smoothed to 1/3; the plateau survives in its middle.
        var found = x.extract(hours(s.length), Duration.ofHours(1), s);
        assertThat(found).extracting(Suggestion::range).containsExactly(h(6, 7));
        assertThat(found.getFirst().confidence()).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-6));
    }
}
