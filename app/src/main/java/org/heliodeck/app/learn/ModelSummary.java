package org.heliodeck.app.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.DetectorModel;
import org.heliodeck.ml.eval.EventScore;

/**
 * What a trained model is worth, in lines for the Learn panel: where it learnt, its event-level
 * precision, recall and F1 on the validation part at the standard overlap thresholds (0.1 and
 * 0.51), the rows it learnt from and how long each stage took.
 */
final class ModelSummary {

    private static final IsoTimeFormat SECONDS = new IsoTimeFormat(0, false);

    private ModelSummary() {}

    static List<String> lines(DetectorModel model) {
        List<String> lines = new ArrayList<>();
        lines.add("Learnt from " + model.catalogId() + " over " + range(model.training()) + "; validated on "
                + range(model.validation()));
        for (EventScore s : model.validationScores()) {
            lines.add(String.format(Locale.ROOT, "Overlap ≥ %.2f:  P %.2f  R %.2f  F1 %.2f  (%d of %d events found, %d false)",
                    s.threshold(), s.precision(), s.recall(), s.f1(), s.detected(), s.events(), s.falsePositives()));
        }
        Map<String, Double> facts = model.facts();
        lines.add(String.format(Locale.ROOT, "Rows: %,.0f for training (%,.0f in events), %,.0f for validation (%,.0f in events)",
                fact(facts, "trainingRows"), fact(facts, "trainingEventRows"), fact(facts, "validationRows"),
                fact(facts, "validationEventRows")));
        StringBuilder timings = new StringBuilder(String.format(Locale.ROOT, "Features %.1f s, training %.1f s",
                fact(facts, "featureSeconds"), fact(facts, "trainingSeconds")));
        if (facts.containsKey("refitSeconds")) {
            timings.append(String.format(Locale.ROOT, ", refit on the whole range %.1f s", facts.get("refitSeconds")));
        }
        lines.add(timings.toString());
        return lines;
    }

    /** A fact the model may lack (one read from an older file): NaN reads as "NaN" rather than a false zero. */
    private static double fact(Map<String, Double> facts, String name) {
        return facts.getOrDefault(name, Double.NaN);
    }

    private static String range(TimeRange r) {
        return SECONDS.format(r.start()) + " – " + SECONDS.format(r.stop());
    }
}
