package org.heliodeck.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.features.FeatureTable;
import org.junit.jupiter.api.Test;

class EventStageTest {

    private static final long HOUR = SyntheticWind.HOUR;
    private static final long T0 = SyntheticWind.T0;

    private static TimeRange h(int from, int to) {
        return new TimeRange(T0 + from * HOUR, T0 + to * HOUR);
    }

    private static Suggestion s(int from, int to) {
        return new Suggestion(h(from, to), 0.5);
    }

    /** A classifier that answers the candidate's duration in hours over 100: the longer, the likelier. */
    private static final Detector BY_DURATION = new Detector() {
        @Override
        public String kind() {
            return "test";
        }

        @Override
        public float[] score(FeatureTable features) {
            float[] hours = features.column("hours");
            float[] out = new float[hours.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = hours[i] / 100;
            }
            return out;
        }

        @Override
        public byte[] toBytes() {
            return new byte[0];
        }
    };

    @Test
    void aCandidateIsAnEventWhenItIsTheOneThatDetectsAnEvent() {
        List<Suggestion> candidates = List.of(s(0, 10), s(12, 14), s(20, 30), s(40, 41), s(50, 60));
        List<TimeRange> events = List.of(h(5, 15), h(25, 45), h(70, 80));
        // [5, 15): [0, 10) overlaps it 5 h, [12, 14) 2 h: only the first detects it. [25, 45): [20, 30) overlaps
        // it 5 h, more than 0.1 of 20 h. [40, 41) overlaps it too, less. [50, 60) overlaps nothing.
        assertThat(EventStage.labels(candidates, events, 0.1)).containsExactly(1, 0, 1, 0, 0);
        // At a majority threshold neither overlap is enough.
        assertThat(EventStage.labels(candidates, events, 0.51)).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void keepsTheCandidatesWhoseProbabilityReachesTheCutWithItAsConfidence() {
        long[] times = new long[100];
        float[] scores = new float[100];
        for (int i = 0; i < times.length; i++) {
            times[i] = T0 + i * HOUR;
        }
        FeatureTable steps = new FeatureTable(times, List.of("B"), new float[100]);
        EventStage stage = new EventStage(BY_DURATION, List.of("B"), List.of(), 0.2);
        List<Suggestion> kept = stage.filter(List.of(s(0, 10), s(20, 50), s(60, 80)), times, scores, steps);
        assertThat(kept).extracting(Suggestion::range).containsExactly(h(20, 50), h(60, 80));
        assertThat(kept).extracting(Suggestion::confidence).containsExactly((double) 0.3f, (double) 0.2f);
        assertThat(stage.filter(List.of(), times, scores, steps)).isEmpty();
    }

    @Test
    void theCutIsTunedOnOutOfFoldProbabilities() {
        List<Suggestion> candidates = List.of(s(0, 10), s(20, 30), s(40, 50), s(60, 70));
        List<TimeRange> events = List.of(h(0, 10), h(40, 50));
        // Only a cut in (0.3, 0.5] keeps the two events and nothing else; 0.4 is the first such of the grid.
        float[] p = {0.5f, 0.3f, 0.9f, 0.1f};
        assertThat(EventStageTraining.bestCut(candidates, p, events)).isEqualTo(0.4);
        assertThat(EventStageTraining.kept(candidates, p, 0.4)).extracting(Suggestion::range).containsExactly(h(0, 10), h(40, 50));
    }

    @Test
    void aCutOutsideTheUnitIntervalIsRefused() {
        assertThatThrownBy(() -> new EventStage(BY_DURATION, List.of(), List.of(), 1)).hasMessageContaining("[0, 1)");
    }
}
