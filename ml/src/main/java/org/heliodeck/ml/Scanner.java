package org.heliodeck.ml;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.features.FeatureBuilder;
import org.heliodeck.ml.features.FeatureTable;
import org.heliodeck.ml.features.InputSource;
import org.heliodeck.ml.features.TimeGrid;

/**
 * Runs a model over a range: chunk by chunk (memory bounded by the chunk, whatever the range), each
 * chunk's features built with a margin of the widest window on both sides so that the window
 * statistics at its edges equal those of one long build; then the scores become suggestions
 * ({@link DetectorModel#suggest}).
 */
public final class Scanner {

    /** The product name of score variables. */
    public static final String PRODUCT = "heliodeck-detector";

    private static final Duration CHUNK = Duration.ofDays(366);

    private final DetectorModel model;
    private final InputSource source;

    public Scanner(DetectorModel model, InputSource source) {
        this.model = model;
        this.source = source;
    }

    /** Told after each chunk. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void chunk(int done, int total);
    }

    /** @throws IOException when the inputs cannot be fetched */
    public ScanResult scan(TimeRange range, Progress progress) throws IOException {
        Duration cadence = model.spec().cadence();
        long[] grid = TimeGrid.over(range, cadence);
        float[] scores = new float[grid.length];
        FeatureBuilder builder = new FeatureBuilder(model.spec());
        long margin = cadence.multipliedBy(model.spec().widestWindow() + 2L).toNanos();
        int chunkSteps = (int) Math.max(1, CHUNK.toNanos() / cadence.toNanos());
        int chunks = Math.ceilDiv(grid.length, chunkSteps);
        // Only the few step columns the event stage reads are kept across chunks, not the whole table.
        List<FeatureTable> steps = new ArrayList<>();
        for (int k = 0; k < chunks; k++) {
            int from = k * chunkSteps;
            int to = Math.min(grid.length, from + chunkSteps);
            long stop = to < grid.length ? grid[to] : TimeGrid.covered(grid, cadence).stop();
            FeatureTable features = builder.build(new TimeRange(grid[from] - margin, stop + margin), source);
            float[] chunkScores = model.score(features);
            int offset = Arrays.binarySearch(features.times(), grid[from]);
            System.arraycopy(chunkScores, offset, scores, from, to - from);
            steps.add(features.columns(model.stepColumns()).rows(offset, offset + to - from));
            progress.chunk(k + 1, chunks);
        }
        FeatureTable stepTable = FeatureTable.concatenate(steps, model.stepColumns());
        return new ScanResult(variable(grid, scores), model.suggest(grid, scores, stepTable));
    }

    private Variable variable(long[] grid, float[] scores) {
        double[] values = new double[scores.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = scores[i];
        }
        Metadata metadata = Metadata.builder().label("event score").units("")
                .attribute("catalog", model.catalogId()).build();
        return Variable.of(PRODUCT, "score", grid.clone(), Values.of(values), List.of(), metadata);
    }
}
