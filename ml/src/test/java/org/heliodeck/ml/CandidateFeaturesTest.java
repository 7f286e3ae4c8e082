package org.heliodeck.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.features.FeatureTable;
import org.junit.jupiter.api.Test;

class CandidateFeaturesTest {

    private static final long HOUR = SyntheticWind.HOUR;
    private static final long T0 = SyntheticWind.T0;
    private static final int N = 60;

    /** |B| 5 nT outside hours [24, 36), 10 + (i − 24) inside; the field along x in the first half of it, along y after. */
    private static FeatureTable steps() {
        List<String> names = List.of("B", "Bx", "By");
        long[] times = new long[N];
        float[] v = new float[N * 3];
        for (int i = 0; i < N; i++) {
            times[i] = T0 + i * HOUR;
            boolean inside = i >= 24 && i < 36;
            v[i * 3] = inside ? 10 + (i - 24) : 5;
            v[i * 3 + 1] = i < 30 ? 1 : 0;
            v[i * 3 + 2] = i < 30 ? 0 : 1;
        }
        return new FeatureTable(times, names, v);
    }

    @Test
    void describesAnIntervalItsScoresItsColumnsAndItsContext() {
        FeatureTable steps = steps();
        float[] scores = new float[N];
        for (int i = 0; i < N; i++) {
            scores[i] = i >= 24 && i < 36 ? 0.8f : 0.1f;
        }
        scores[30] = 0.9f;
        Suggestion candidate = new Suggestion(new TimeRange(T0 + 24 * HOUR, T0 + 36 * HOUR), 0.8);
        FeatureTable d = CandidateFeatures.of(List.of(candidate), steps.times(), scores, steps, List.of("B"), List.of("Bx", "By"));

        assertThat(d.names()).containsExactly("hours", "score_mean", "score_max", "score_min", "score_before", "score_after",
                "B_mean", "B_std", "B_change", "B_before", "B_after", "field_turn");
        assertThat(d.rows()).isEqualTo(1);
        assertThat(d.times()).containsExactly(candidate.range().start());
        assertThat(d.column("hours")[0]).isEqualTo(12f);
        assertThat(d.column("score_mean")[0]).isCloseTo((11 * 0.8f + 0.9f) / 12, within(1e-6f));
        assertThat(d.column("score_max")[0]).isEqualTo(0.9f);
        assertThat(d.column("score_min")[0]).isEqualTo(0.8f);
        assertThat(d.column("score_before")[0]).isCloseTo(0.1f, within(1e-6f));
        assertThat(d.column("B_mean")[0]).isCloseTo(15.5f, within(1e-5f));
        // Thirds of 4 hours: 10–13 nT (mean 11.5) against 18–21 nT (mean 19.5).
        assertThat(d.column("B_change")[0]).isCloseTo(8f, within(1e-5f));
        assertThat(d.column("B_before")[0]).isEqualTo(5f);
        assertThat(d.column("B_after")[0]).isEqualTo(5f);
        assertThat(d.column("field_turn")[0]).isCloseTo(90f, within(1e-4f));
    }

    @Test
    void contextCutAtTheEndsOfTheSeriesAndGapsAreIgnored() {
        FeatureTable steps = steps();
        float[] scores = new float[N];
        java.util.Arrays.fill(scores, Float.NaN);
        Suggestion atStart = new Suggestion(new TimeRange(T0, T0 + 5 * HOUR), 0.5);
        FeatureTable d = CandidateFeatures.of(List.of(atStart), steps.times(), scores, steps, List.of("B"), List.of());
        assertThat(d.names()).doesNotContain("field_turn");
        assertThat(d.column("score_mean")[0]).isNaN();
        assertThat(d.column("B_before")[0]).isNaN();
        assertThat(d.column("B_after")[0]).isEqualTo(5f);
    }
}
