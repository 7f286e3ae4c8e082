package org.heliodeck.ml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.eval.EventScore;
import org.heliodeck.ml.eval.EventScoring;
import org.heliodeck.ml.features.InputSource;

/**
 * Time-blocked cross-validation of a whole training (detector, extraction tuning, event stage):
 * forward chaining, as for any time series. Each fold is a block of the request's range; a model is
 * trained on everything before the fold, exactly as {@link DetectorTraining} trains on a range,
 * then scans the fold exactly as {@link Scanner} does, and its suggestions are scored against the
 * catalog. Nothing of a fold, nor after it, is seen by its model: this is how settings are chosen
 * without ever looking at the years a benchmark tests on.
 */
public final class CrossValidation {

    private final DetectorKind kind;
    private final InputSource source;

    public CrossValidation(DetectorKind kind, InputSource source) {
        this.kind = kind;
        this.source = source;
    }

    /**
     * One fold's result.
     *
     * @param trained the range its model learnt from
     * @param tested the block scanned and scored
     * @param scores at the standard thresholds
     */
    public record Fold(TimeRange trained, TimeRange tested, List<EventScore> scores) {

        public Fold {
            scores = List.copyOf(scores);
        }
    }

    /**
     * Every fold's result and the pooled one: the suggestions of all folds scored together against
     * the events of all folds (the blocks are disjoint, so counts add up and medians are exact).
     */
    public record Result(List<Fold> folds, List<EventScore> pooled) {

        public Result {
            folds = List.copyOf(folds);
            pooled = List.copyOf(pooled);
        }
    }

    /** Told when each fold is done. */
    @FunctionalInterface
    public interface Progress {
        void fold(Fold done, int index, int total);
    }

    /**
     * @param foldStarts the starts of the folds, increasing, inside the request's range; each fold runs
     *     to the next start, the last to the end of the range
     * @throws IOException when the inputs cannot be fetched
     * @throws IllegalArgumentException when a fold start is outside the range or out of order, or a
     *     fold's training part holds no event to learn from
     */
    public Result run(TrainingRequest request, List<Long> foldStarts, Progress progress) throws IOException {
        List<TimeRange> blocks = blocks(request.range(), foldStarts);
        EventScoring scoring = new EventScoring();
        List<Fold> folds = new ArrayList<>();
        List<TimeRange> allEvents = new ArrayList<>();
        List<TimeRange> allSuggested = new ArrayList<>();
        for (TimeRange block : blocks) {
            TimeRange trained = new TimeRange(request.range().start(), block.start());
            DetectorModel model = new DetectorTraining(kind, source).train(request.over(trained), TrainingProgress.NONE);
            List<TimeRange> suggested = new Scanner(model, source).scan(block, Scanner.Progress.NONE).suggestions().stream()
                    .map(Suggestion::range).toList();
            List<TimeRange> events = request.catalog().within(block);
            Fold fold = new Fold(trained, block, scoring.scoreAtStandardThresholds(events, suggested));
            folds.add(fold);
            allEvents.addAll(events);
            allSuggested.addAll(suggested);
            progress.fold(fold, folds.size(), blocks.size());
        }
        return new Result(folds, scoring.scoreAtStandardThresholds(allEvents, allSuggested));
    }

    static List<TimeRange> blocks(TimeRange range, List<Long> starts) {
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("cross-validation needs at least one fold");
        }
        List<TimeRange> blocks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long start = starts.get(i);
            long stop = i + 1 < starts.size() ? starts.get(i + 1) : range.stop();
            if (start <= range.start() || stop <= start || stop > range.stop()) {
                throw new IllegalArgumentException("fold starts must increase strictly inside " + range
                        + ", after its start (the first fold needs years before it to learn from)");
            }
            blocks.add(new TimeRange(start, stop));
        }
        return blocks;
    }
}
