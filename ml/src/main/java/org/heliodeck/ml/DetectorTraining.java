package org.heliodeck.ml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.eval.EventScoring;
import org.heliodeck.ml.features.FeatureBuilder;
import org.heliodeck.ml.features.FeatureTable;
import org.heliodeck.ml.features.InputSource;
import org.heliodeck.ml.features.Labels;

/**
 * Trains a detector on a catalog: builds the features over the range, labels each step from the
 * catalog, splits by time (the last part validates: it stops the boosting), trains; scores the whole
 * range out of fold and tunes on those scores how they become events; trains the event stage on the
 * candidates they give; records the validation part's event-level scores; trains the detector again
 * on the whole range.
 */
public final class DetectorTraining {

    /** Blocks of the training part scored out of fold: each of their detectors learns from most of the range. */
    static final int OUT_OF_FOLD_BLOCKS = 2;

    private final DetectorKind kind;
    private final InputSource source;

    public DetectorTraining(DetectorKind kind, InputSource source) {
        this.kind = kind;
        this.source = source;
    }

    /**
     * @throws IOException when the inputs cannot be fetched
     * @throws IllegalArgumentException when the range holds no data, or no event to learn from
     */
    public DetectorModel train(TrainingRequest request, TrainingProgress progress) throws IOException {
        long began = System.nanoTime();
        FeatureTable all = new FeatureBuilder(request.spec()).build(request.range(), source);
        double featureSeconds = (System.nanoTime() - began) / 1e9;
        double[] ratio = Labels.overlapRatio(all.times(), request.spec().cadence(), request.catalog().events());
        float[] gap = all.column(FeatureBuilder.GAP);
        // On a step boundary, so that the validation range reads as the grid does.
        long split = all.times()[Math.min(all.rows() - 1, firstAtOrAfter(all.times(),
                request.range().start() + (long) (request.range().duration() * (1 - request.validationFraction()))))];
        int[] trainRows = rows(all, gap, t -> t < split);
        int[] validRows = rows(all, gap, t -> t >= split);
        TrainingSet training = labelled(all, ratio, trainRows, request.labelThreshold());
        TrainingSet validation = labelled(all, ratio, validRows, request.labelThreshold());
        requireBothClasses(training, "training part", new TimeRange(request.range().start(), split));
        requireBothClasses(validation, "validation part", new TimeRange(split, request.range().stop()));

        long trainStart = System.nanoTime();
        Detector detector = kind.train(training, validation, request.seed(), progress);
        double trainSeconds = (System.nanoTime() - trainStart) / 1e9;

        TimeRange validRange = new TimeRange(split, request.range().stop());
        DetectorModel model = new DetectorModel(detector, request.spec(), all.names(), request.catalog().id(), request.range(),
                validRange, IntervalExtraction.DEFAULT, List.of(), Optional.empty(),
                facts(training, validation, featureSeconds, trainSeconds));
        long tuningStart = System.nanoTime();
        float[] scores = outOfFoldScores(model, all, ratio, gap, firstAtOrAfter(all.times(), split), request);
        // Tuned on every step of the range, gaps included, as a scan would see them: twelve years of
        // events choose more steadily than the few of a validation part.
        List<TimeRange> events = request.catalog().within(request.range());
        IntervalExtraction extraction = ExtractionTuning.best(all.times(), request.spec().cadence(), scores, events);
        List<Suggestion> suggested = extraction.extract(all.times(), request.spec().cadence(), scores);
        Map<String, Double> facts = new LinkedHashMap<>(model.facts());
        Optional<EventStage> stage = Optional.empty();
        if (request.eventStage()) {
            EventStageTraining.Trained trained = EventStageTraining.train(suggested, all, scores, request.spec(), events,
                    request.seed());
            facts.put("eventStageCandidates", (double) suggested.size());
            stage = trained.stage();
            if (stage.isPresent()) {
                suggested = EventStageTraining.kept(suggested, trained.outOfFold(), stage.get().cut());
            }
        }
        facts.put("tuningSeconds", (System.nanoTime() - tuningStart) / 1e9);
        List<TimeRange> validSuggested = EventScoring.within(suggested.stream().map(Suggestion::range).toList(), validRange);
        model = model.withExtraction(extraction, new EventScoring().scoreAtStandardThresholds(
                request.catalog().within(validRange), validSuggested)).withEventStage(stage, facts);
        if (!request.refit()) {
            return model;
        }
        long refitStart = System.nanoTime();
        int[] allRows = rows(all, gap, t -> true);
        Detector refitted = kind.refit(labelled(all, ratio, allRows, request.labelThreshold()), detector, request.seed(), progress);
        facts.put("refitSeconds", (System.nanoTime() - refitStart) / 1e9);
        return model.withDetector(refitted).withEventStage(stage, facts);
    }

    /**
     * The step scores of the whole range, each from a detector that did not learn from that step:
     * the validation part's from the validated detector, each of {@value #OUT_OF_FOLD_BLOCKS} blocks
     * of the training part's from one trained, to the validated size, on the rest. Scores a detector
     * gives its own training rows are too confident to tune on or to teach the event stage.
     */
    private float[] outOfFoldScores(DetectorModel model, FeatureTable all, double[] ratio, float[] gap, int splitRow,
            TrainingRequest request) {
        float[] scores = model.score(all);
        for (int b = 0; b < OUT_OF_FOLD_BLOCKS; b++) {
            int from = splitRow * b / OUT_OF_FOLD_BLOCKS;
            int to = splitRow * (b + 1) / OUT_OF_FOLD_BLOCKS;
            int[] others = IntStream.range(0, all.rows()).filter(r -> (r < from || r >= to) && gap[r] < 1).toArray();
            Detector outOfFold = kind.refit(labelled(all, ratio, others, request.labelThreshold()), model.detector(),
                    request.seed(), TrainingProgress.NONE);
            System.arraycopy(model.withDetector(outOfFold).score(all.rows(from, to)), 0, scores, from, to - from);
        }
        return scores;
    }

    private static Map<String, Double> facts(TrainingSet training, TrainingSet validation, double featureSeconds,
            double trainSeconds) {
        Map<String, Double> facts = new LinkedHashMap<>();
        facts.put("trainingRows", (double) training.labels().length);
        facts.put("trainingEventRows", (double) positives(training));
        facts.put("validationRows", (double) validation.labels().length);
        facts.put("validationEventRows", (double) positives(validation));
        facts.put("featureSeconds", featureSeconds);
        facts.put("trainingSeconds", trainSeconds);
        return facts;
    }

    /** The rows on the wanted side of the split that have some data: a step with no input teaches nothing. */
    private static int[] rows(FeatureTable all, float[] gap, LongPredicate side) {
        return IntStream.range(0, all.rows()).filter(r -> side.test(all.times()[r]) && gap[r] < 1).toArray();
    }

    private static TrainingSet labelled(FeatureTable all, double[] ratio, int[] rows, double threshold) {
        float[] labels = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = ratio[rows[i]] >= threshold ? 1 : 0;
        }
        return new TrainingSet(all.select(rows), labels);
    }

    private static void requireBothClasses(TrainingSet set, String what, TimeRange range) {
        int positives = positives(set);
        if (set.labels().length == 0 || positives == 0 || positives == set.labels().length) {
            throw new IllegalArgumentException("the " + what + " (" + range + ") has " + set.labels().length + " steps with data, "
                    + positives + " of them inside events: it needs both events and quiet times");
        }
    }

    private static int positives(TrainingSet set) {
        int n = 0;
        for (float l : set.labels()) {
            n += l > 0 ? 1 : 0;
        }
        return n;
    }

    private static int firstAtOrAfter(long[] times, long t) {
        int i = Arrays.binarySearch(times, t);
        return i >= 0 ? i : -i - 1;
    }
}
