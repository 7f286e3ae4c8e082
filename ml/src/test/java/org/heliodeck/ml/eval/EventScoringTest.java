package org.heliodeck.ml.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;

class EventScoringTest {

    private static final long HOUR = 3_600_000_000_000L;
    private static final long T0 = Tt2000.of(2010, 1, 1, 0, 0, 0, 0);

    private final EventScoring scoring = new EventScoring();

    /** Hours after 2010-01-01. */
    private static TimeRange h(double from, double to) {
        return new TimeRange(T0 + (long) (from * HOUR), T0 + (long) (to * HOUR));
    }

    @Test
    void anEventIsDetectedOnlyWhenOnePredictionOverlapsMoreThanTheThresholdOfItsDuration() {
        List<TimeRange> truth = List.of(h(0, 10));
        // 5 h of a 10 h event: exceeds 0.1 and 0.49, but not 0.5 (strictly more is needed) nor 0.51.
        List<TimeRange> predicted = List.of(h(5, 15));
        assertThat(scoring.score(truth, predicted, 0.1).detected()).isEqualTo(1);
        assertThat(scoring.score(truth, predicted, 0.49).detected()).isEqualTo(1);
        assertThat(scoring.score(truth, predicted, 0.5).detected()).isZero();
        assertThat(scoring.score(truth, predicted, 0.51).detected()).isZero();
    }

    @Test
    void overlapsOfSeveralPredictionsAreNotAddedUp() {
        // Two 3 h predictions cover 6 h of a 10 h event, but the largest single overlap is 3 h.
        EventScore s = scoring.score(List.of(h(0, 10)), List.of(h(0, 3), h(4, 7)), 0.51);
        assertThat(s.detected()).isZero();
        assertThat(s.falsePositives()).isZero();
    }

    @Test
    void aPredictionThatOverlapsNoEventIsAFalsePositiveAndOneThatOverlapsButMissesIsNot() {
        EventScore s = scoring.score(List.of(h(0, 10)), List.of(h(9, 19), h(30, 40)), 0.51);
        assertThat(s.detected()).isZero();
        assertThat(s.falsePositives()).isEqualTo(1);
        assertThat(s.precision()).isZero();
        assertThat(s.recall()).isZero();
        assertThat(s.f1()).isZero();
    }

    @Test
    void touchingIntervalsDoNotOverlap() {
        EventScore s = scoring.score(List.of(h(0, 10)), List.of(h(10, 20), h(-5, 0)), 0.01);
        assertThat(s.detected()).isZero();
        assertThat(s.falsePositives()).isEqualTo(2);
    }

    @Test
    void onePredictionCoveringTwoEventsDetectsBothAndIsNoFalsePositive() {
        EventScore s = scoring.score(List.of(h(0, 10), h(20, 30)), List.of(h(0, 30)), 0.51);
        assertThat(s.detected()).isEqualTo(2);
        assertThat(s.falsePositives()).isZero();
        assertThat(s.precision()).isEqualTo(1.0);
        // The convention can be gamed so; the tight count says the prediction is not mostly one event.
        assertThat(s.tightPredictions()).isZero();
        assertThat(s.tightPrecision()).isZero();
    }

    @Test
    void predictionsShorterThanTwoAndAHalfHoursAreDroppedFirst() {
        List<TimeRange> truth = List.of(h(0, 2));
        EventScore shortOne = scoring.score(truth, List.of(h(0, 2.49), h(50, 52)), 0.1);
        assertThat(shortOne.predictions()).isZero();
        assertThat(shortOne.detected()).isZero();
        assertThat(shortOne.falsePositives()).isZero();
        assertThat(shortOne.precision()).isNaN();
        EventScore justLongEnough = scoring.score(truth, List.of(h(0, 2.5)), 0.1);
        assertThat(justLongEnough.predictions()).isEqualTo(1);
        assertThat(justLongEnough.detected()).isEqualTo(1);
    }

    @Test
    void zeroLengthEventsAreDetectedByAPredictionContainingThem() {
        TimeRange instant = h(5, 5);
        assertThat(scoring.score(List.of(instant), List.of(h(0, 10)), 0.51).detected()).isEqualTo(1);
        EventScore atStop = scoring.score(List.of(instant), List.of(h(0, 5)), 0.51);
        assertThat(atStop.detected()).isZero();
        assertThat(atStop.falsePositives()).isEqualTo(1);
        assertThat(scoring.score(List.of(instant), List.of(h(5, 10)), 0.51).detected()).isEqualTo(1);
    }

    @Test
    void zeroLengthPredictionsAreDropped() {
        EventScore s = scoring.score(List.of(h(0, 10)), List.of(h(5, 5)), 0.0);
        assertThat(s.predictions()).isZero();
        assertThat(s.detected()).isZero();
    }

    @Test
    void precisionRecallAndF1CountEventsAndFalsePositives() {
        List<TimeRange> truth = List.of(h(0, 10), h(20, 30), h(40, 50), h(60, 70));
        List<TimeRange> predicted = List.of(h(1, 11), h(22, 28), h(100, 110));
        EventScore s = scoring.score(truth, predicted, 0.51);
        assertThat(s.detected()).isEqualTo(2);
        assertThat(s.missed()).isEqualTo(2);
        assertThat(s.falsePositives()).isEqualTo(1);
        assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), within(1e-12));
        // Start errors 1 h and 2 h, end errors 1 h and 2 h: medians 1.5 h.
        assertThat(s.medianStartErrorHours()).isCloseTo(1.5, within(1e-9));
        assertThat(s.medianEndErrorHours()).isCloseTo(1.5, within(1e-9));
        assertThat(s.predictedHours()).isCloseTo(26, within(1e-9));
        assertThat(s.eventHours()).isCloseTo(40, within(1e-9));
    }

    @Test
    void theErrorsAreThoseOfThePredictionOverlappingTheEventMost() {
        EventScore s = scoring.score(List.of(h(0, 10)), List.of(h(-2, 1), h(3, 12)), 0.1);
        assertThat(s.medianStartErrorHours()).isCloseTo(3, within(1e-9));
        assertThat(s.medianEndErrorHours()).isCloseTo(2, within(1e-9));
    }

    @Test
    void theStandardThresholdsAreTheLooseAndTheMajorityOne() {
        List<EventScore> scores = scoring.scoreAtStandardThresholds(List.of(h(0, 10)), List.of(h(0, 3)));
        assertThat(scores).extracting(EventScore::threshold).containsExactly(0.1, 0.51);
        assertThat(scores).extracting(EventScore::detected).containsExactly(1, 0);
    }

    @Test
    void aRangeKeepsTheIntervalsThatShareAnInstantWithIt() {
        List<TimeRange> all = List.of(h(-5, 0), h(-5, 1), h(5, 5), h(23, 30), h(24, 30));
        assertThat(EventScoring.within(all, h(0, 24))).containsExactly(h(-5, 1), h(5, 5), h(23, 30));
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> scoring.score(List.of(), List.of(), 1.0)).hasMessageContaining("[0, 1)");
    }
}
