package org.heliodeck.plot.spectrogram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;

/**
 * Per-bin maxima of a spectrogram with constant bins over buckets of 8, 16, 32… consecutive
 * records (NaN ignored; NaN where a bucket has no value), so that a zoomed-out frame reads a few
 * buckets a pixel column instead of every record. Built once, in one pass per level over the
 * level below; held as floats, about a quarter of the samples' count in all.
 */
public final class SpectrogramPyramid {

    /** Records in a bucket of the first level: below that, reading the records is as cheap. */
    static final int FIRST_BUCKET = 8;

    private final Variable spectrogram;
    private final List<float[]> levels;

    private SpectrogramPyramid(Variable spectrogram, List<float[]> levels) {
        this.spectrogram = spectrogram;
        this.levels = levels;
    }

    /**
     * The pyramid of {@code spectrogram}, whose records must be one-dimensional with constant bins
     * (bins that change with the record cannot share a bucket).
     */
    public static SpectrogramPyramid of(Variable spectrogram) {
        Values values = spectrogram.values();
        if (values.rank() != 1 || !spectrogram.axes().isEmpty() && spectrogram.axes().getFirst().timeVarying()) {
            throw new IllegalArgumentException("'" + spectrogram.name() + "' has no constant one-dimensional bins to reduce");
        }
        int bins = values.recordSize();
        int records = values.records();
        List<float[]> levels = new ArrayList<>();
        if (records >= 2 * FIRST_BUCKET) {
            float[] first = new float[ceilDiv(records, FIRST_BUCKET) * bins];
            Arrays.fill(first, Float.NaN);
            for (int r = 0; r < records; r++) {
                int base = r / FIRST_BUCKET * bins;
                for (int b = 0; b < bins; b++) {
                    first[base + b] = max(first[base + b], (float) values.get(r, b));
                }
            }
            levels.add(first);
            for (float[] below = first; below.length / bins >= 4; below = levels.getLast()) {
                int buckets = below.length / bins;
                float[] level = new float[ceilDiv(buckets, 2) * bins];
                for (int k = 0; k < buckets; k++) {
                    int base = k / 2 * bins;
                    for (int b = 0; b < bins; b++) {
                        level[base + b] = k % 2 == 0 ? below[k * bins + b] : max(level[base + b], below[k * bins + b]);
                    }
                }
                levels.add(level);
            }
        }
        return new SpectrogramPyramid(spectrogram, List.copyOf(levels));
    }

    public Variable spectrogram() {
        return spectrogram;
    }

    /** Number of levels; level {@code k} has buckets of {@code 8 << k} records. */
    int levels() {
        return levels.size();
    }

    /** Records in a bucket of level {@code level}. */
    static int bucket(int level) {
        return FIRST_BUCKET << level;
    }

    /** Level {@code level}: bucket after bucket, the maximum of each bin. */
    float[] level(int level) {
        return levels.get(level);
    }

    private static float max(float acc, float v) {
        return Float.isNaN(acc) || v > acc ? v : acc;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
