package org.heliodeck.ml;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.features.FeatureBuilder;
import org.heliodeck.ml.features.FeatureSpec;
import org.heliodeck.ml.features.FeatureTable;
import org.heliodeck.ml.features.InputSource;
import org.heliodeck.ml.features.InputSpec;

/**
 * The classic rule for magnetic clouds, the sanity check of any ICME detector and of its evaluation:
 * plasma β below {@code maxBeta} and |B| above {@code minField} nT, held for at least {@code minDuration}.
 *
 * @param beta the parameter giving β (OMNI2: {@code beta})
 * @param magnitude the parameter giving |B| in nT (OMNI2: {@code B_magnitude})
 */
public record RuleBaseline(String provider, String dataset, String beta, String magnitude, double maxBeta, double minField,
        Duration minDuration) {

    /** β &lt; 0.5 and |B| &gt; 8 nT for 6 h or more, on OMNI2 hourly data of an archive named {@code provider}. */
    public static RuleBaseline omni2(String provider) {
        return new RuleBaseline(provider, "omni2_hourly", "beta", "B_magnitude", 0.5, 8, Duration.ofHours(6));
    }

    /** The intervals where the rule holds, at an hourly cadence, confidence 1. */
    public List<Suggestion> apply(TimeRange range, InputSource source) throws IOException {
        FeatureSpec spec = new FeatureSpec(List.of(new InputSpec(provider, dataset, beta),
                new InputSpec(provider, dataset, magnitude)), Duration.ofHours(1), List.of(),
                Map.of());
        FeatureTable table = new FeatureBuilder(spec).build(range, source);
        float[] b = table.column(beta);
        float[] field = table.column(magnitude);
        float[] holds = new float[table.rows()];
        for (int i = 0; i < holds.length; i++) {
            holds[i] = b[i] < maxBeta && field[i] > minField ? 1 : 0;
        }
        return new IntervalExtraction(1, 1, 1, minDuration, Duration.ZERO).extract(table.times(), spec.cadence(), holds);
    }
}
