package org.heliodeck.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.eval.EventScore;
import org.heliodeck.ml.features.FeatureSpec;
import org.heliodeck.ml.features.InputSpec;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    private static final long DAY = 24 * SyntheticWind.HOUR;
    private static final long T0 = SyntheticWind.T0;

    @Test
    void eachFoldIsScannedByAModelTrainedOnlyOnTheYearsBeforeIt() throws Exception {
        FeatureSpec spec = new FeatureSpec(List.of(new InputSpec("synthetic", "wind", "B_magnitude"),
                new InputSpec("synthetic", "wind", "beta")), Duration.ofHours(1), List.of(3, 9),
                Map.of("B_magnitude", "B_magnitude", "beta", "beta"));
        TrainingRequest request = new TrainingRequest(new LabelCatalog("test:synthetic", SyntheticWind.events()), spec,
                SyntheticWind.range(), 0.3, 0.5, 42, false, false);
        List<Integer> told = new ArrayList<>();
        CrossValidation.Result result = new CrossValidation(new XgboostDetectorKind(), SyntheticWind.source())
                .run(request, List.of(T0 + 37 * DAY, T0 + 48 * DAY), (fold, index, total) -> told.add(index * 10 + total));

        assertThat(told).containsExactly(12, 22);
        assertThat(result.folds()).extracting(CrossValidation.Fold::trained)
                .containsExactly(new TimeRange(T0, T0 + 37 * DAY), new TimeRange(T0, T0 + 48 * DAY));
        assertThat(result.folds()).extracting(CrossValidation.Fold::tested)
                .containsExactly(new TimeRange(T0 + 37 * DAY, T0 + 48 * DAY), new TimeRange(T0 + 48 * DAY, T0 + 60 * DAY));
        // Events every 100 h from hour 30: hours 930, 1030, 1130 in the first fold (from hour 888), 1230, 1330 in the second.
        assertThat(result.folds()).extracting(f -> f.scores().getFirst().events()).containsExactly(3, 2);
        EventScore pooled = result.pooled().getFirst();
        assertThat(pooled.events()).isEqualTo(5);
        assertThat(pooled.detected()).isEqualTo(result.folds().stream().mapToInt(f -> f.scores().getFirst().detected()).sum());
        assertThat(pooled.recall()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void foldsMustIncreaseInsideTheRangeAfterItsStart() {
        TimeRange range = new TimeRange(T0, T0 + 10 * DAY);
        assertThat(CrossValidation.blocks(range, List.of(T0 + 4 * DAY, T0 + 7 * DAY)))
                .containsExactly(new TimeRange(T0 + 4 * DAY, T0 + 7 * DAY), new TimeRange(T0 + 7 * DAY, T0 + 10 * DAY));
        assertThatThrownBy(() -> CrossValidation.blocks(range, List.of(T0))).hasMessageContaining("learn from");
        assertThatThrownBy(() -> CrossValidation.blocks(range, List.of(T0 + 7 * DAY, T0 + 4 * DAY)))
                .hasMessageContaining("increase");
        assertThatThrownBy(() -> CrossValidation.blocks(range, List.of(T0 + 11 * DAY))).hasMessageContaining("inside");
        assertThatThrownBy(() -> CrossValidation.blocks(range, List.of())).hasMessageContaining("at least one fold");
    }
}
