package org.heliodeck.plot.spectrogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.color.ColorScale;
import org.junit.jupiter.api.Test;

class SpectrogramPyramidTest {

    private static final int BINS = 6;
    private static final SpectrogramRenderer RENDERER =
            new SpectrogramRenderer(ColorMap.PLASMA, ColorScale.log(0.1, 1000));
    private static final ValueMapping ENERGY = new ValueMapping(1, 1e6, true, 0, 60);

    @Test
    void bucketsHoldTheLargestValueOfEachBin() {
        Variable spectrogram = spectrogram(40, 1, 0);
        SpectrogramPyramid pyramid = SpectrogramPyramid.of(spectrogram);

        assertThat(pyramid.levels()).isEqualTo(2);
        float[] first = pyramid.level(0);
        assertThat(first).hasSize(5 * BINS);
        for (int k = 0; k < 5; k++) {
            for (int b = 0; b < BINS; b++) {
                double max = Double.NaN;
                for (int r = 8 * k; r < 8 * k + 8; r++) {
                    double v = spectrogram.values().get(r, b);
                    max = Double.isNaN(max) || v > max ? v : max;
                }
                assertThat((double) first[k * BINS + b]).isEqualTo((double) (float) max);
            }
        }
        assertThat(pyramid.level(1)[2 * BINS]).isEqualTo(first[4 * BINS]);
    }

    @Test
    void aZoomedOutFrameFromThePyramidMatchesTheOneFromEveryRecord() {
        // 64 records a pixel column, so that buckets never straddle two columns.
        Variable spectrogram = spectrogram(64 * 100, 10, 0);
        TimeMapping time = new TimeMapping(new TimeRange(0, 64_000), 0, 100);

        PixelRaster everyRecord = renderedAlikeBothWays(spectrogram, time);
        assertThat(Arrays.stream(everyRecord.pixels()).filter(p -> p != 0).count()).isGreaterThan(100 * 30);
    }

    @Test
    void aGapInsideABucketStaysSharp() {
        // Records every 10 ns, none for 19 200 ns after the 2000th: 30 of the 125 columns of 640 ns.
        Variable spectrogram = spectrogram(6000, 10, 2000);
        TimeMapping time = new TimeMapping(new TimeRange(0, 80_000), 0, 125);

        PixelRaster fromPyramid = renderedAlikeBothWays(spectrogram, time);
        for (int column = 32; column <= 60; column++) {
            for (int row = 0; row < 60; row++) {
                assertThat(fromPyramid.get(column, row)).isZero();
            }
        }
        assertThat(fromPyramid.get(31, 30)).isNotZero();
        assertThat(fromPyramid.get(61, 30)).isNotZero();
    }

    @Test
    void timeVaryingBinsCannotBeBucketed() {
        Axis sweeping = Axis.timeVarying("f", "Hz", "f", ScaleType.LINEAR, Values.of(new double[] {1, 2, 3, 4}, 2));
        Variable spectrogram = Variable.of("p", "v", new long[] {0, 1}, Values.of(new double[] {1, 2, 3, 4}, 2),
                List.of(sweeping), Metadata.builder().build());

        assertThatThrownBy(() -> SpectrogramPyramid.of(spectrogram)).hasMessageContaining("constant");
    }

    /** The frame drawn from the pyramid, once checked to be the frame drawn from every record, pixel for pixel. */
    private static PixelRaster renderedAlikeBothWays(Variable spectrogram, TimeMapping time) {
        int width = (int) time.width();
        PixelRaster everyRecord = new PixelRaster(width, 60);
        RENDERER.render(spectrogram, time, ENERGY, everyRecord);
        PixelRaster fromPyramid = new PixelRaster(width, 60);
        RENDERER.render(SpectrogramPyramid.of(spectrogram), time, ENERGY, fromPyramid);
        assertThat(Arrays.mismatch(fromPyramid.pixels(), everyRecord.pixels())).as("first differing pixel").isEqualTo(-1);
        return fromPyramid;
    }

    /** {@code n} records {@code cadence} ns apart, those from {@code gapAt} on (when above 0) moved on by 19 200 ns. */
    private static Variable spectrogram(int n, long cadence, int gapAt) {
        Random random = new Random(7);
        long[] times = new long[n];
        double[] values = new double[n * BINS];
        for (int r = 0; r < n; r++) {
            times[r] = r * cadence + (gapAt > 0 && r >= gapAt ? 19_200 : 0);
            for (int b = 0; b < BINS; b++) {
                values[r * BINS + b] = random.nextInt(20) == 0 ? Double.NaN : Math.exp(random.nextGaussian() * 3);
            }
        }
        Axis energy = Axis.constant("energy", "eV", "Energy", ScaleType.LOG, new double[] {10, 100, 1e3, 1e4, 1e5, 1e6});
        return Variable.of("test", "flux", times, Values.of(values, BINS), List.of(energy), Metadata.builder().build());
    }
}
