package org.heliodeck.plot.spectrogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.function.IntPredicate;
import org.heliodeck.cdf.CdfData;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.IstpReader;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.EpiLo;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.color.ColorScale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpectrogramRendererTest {

    private static final long MINUTE = 60_000_000_000L;
    private static final int CHANNELS = EpiLo.CHANNELS;
    private static final Variable rates = EpiLo.RATES;
    private static final Axis energies = EpiLo.ENERGIES;

    @Test
    void realEnergyChannelsLandOnTheirEnergiesOnALogAxisAndTheGapsBetweenThemStayEmpty() {
        Variable spectrogram = EpiLo.channels(r -> true, energies);
        long t0 = spectrogram.time().get(0);
        TimeMapping time = new TimeMapping(new TimeRange(t0, t0 + 100 * MINUTE), 0, 100);
        ValueMapping y = new ValueMapping(20, 60_000, true, 0, 300);
        ColorScale scale = ColorScale.log(0.01, 100);
        PixelRaster raster = new PixelRaster(100, 300);

        new SpectrogramRenderer(ColorMap.VIRIDIS, scale).render(spectrogram, time, y, raster);

        Axis.Ranges bounds = energies.ranges().orElseThrow();
        int checked = 0;
        for (int e = 0; e < CHANNELS; e++) {
            double top = y.y(bounds.upper().get(0, e));
            double bottom = y.y(bounds.lower().get(0, e));
            if (!(bottom - top >= 2)) {
                continue;
            }
            int row = (int) Math.floor((top + bottom) / 2);
            for (int r = 0; r < 100; r++) {
                assertThat(raster.get(r, row)).as("record %d channel %d", r, e)
                        .isEqualTo(scale.argb(spectrogram.values().get(r, e), ColorMap.VIRIDIS));
            }
            checked++;
        }
        assertThat(checked).as("channels two rows tall or more").isGreaterThan(20);
        // Between the two highest channels (38.8 and 44.9 MeV/nuc) lies no bin.
        int gap = (int) Math.floor((y.y(bounds.upper().get(0, 1)) + y.y(bounds.lower().get(0, 0))) / 2);
        for (int r = 0; r < 100; r++) {
            assertThat(raster.get(r, gap)).isZero();
        }
        // Unused channels (NaN energies) draw nothing: below 29 keV/nuc, nothing at all.
        for (int row = (int) Math.ceil(y.y(29)); row < 300; row++) {
            for (int r = 0; r < 100; r++) {
                assertThat(raster.get(r, row)).isZero();
            }
        }
    }

    @Test
    void eachCellOfTheRealSpectrogramHasTheColourOfItsValue() {
        Variable spectrogram = EpiLo.channels(r -> true, rates.axes().get(1));
        long t0 = spectrogram.time().get(0);
        TimeMapping time = new TimeMapping(new TimeRange(t0, t0 + 100 * MINUTE), 0, 100);
        // Two rows a channel: channel e covers rows 94 - 2e and 95 - 2e.
        ValueMapping channels = new ValueMapping(-0.5, 47.5, false, 0, 96);
        ColorScale scale = SpectrogramRenderer.autoScale(spectrogram, time.visible(), true);
        PixelRaster raster = new PixelRaster(100, 96);

        new SpectrogramRenderer(ColorMap.VIRIDIS, scale).render(spectrogram, time, channels, raster);

        int coloured = 0;
        for (int r = 0; r < 100; r++) {
            for (int e = 0; e < CHANNELS; e++) {
                int expected = scale.argb(spectrogram.values().get(r, e), ColorMap.VIRIDIS);
                assertThat(raster.get(r, 94 - 2 * e)).as("record %d channel %d", r, e).isEqualTo(expected);
                assertThat(raster.get(r, 95 - 2 * e)).as("record %d channel %d", r, e).isEqualTo(expected);
                coloured += expected != ColorMap.TRANSPARENT ? 1 : 0;
            }
        }
        assertThat(coloured).as("cells with data").isGreaterThan(1000);
        assertThat(scale.log()).isTrue();
    }

    @Test
    void aGapInTheRecordsStaysTransparent() {
        Variable spectrogram = EpiLo.channels(r -> r < 40 || r >= 60, rates.axes().get(1));
        ColorScale scale = ColorScale.log(0.01, 100);
        PixelRaster raster = renderOneRowPerChannel(spectrogram, 100, ColorMap.MAGMA, scale);

        for (int column = 40; column < 60; column++) {
            for (int row = 0; row < 48; row++) {
                assertThat(raster.get(column, row)).as("gap pixel %d,%d", column, row).isZero();
            }
        }
        // The records either side of the gap keep their own single column.
        for (int e = 0; e < CHANNELS; e++) {
            assertThat(raster.get(39, 47 - e)).isEqualTo(scale.argb(spectrogram.values().get(39, e), ColorMap.MAGMA));
            assertThat(raster.get(60, 47 - e)).isEqualTo(scale.argb(spectrogram.values().get(40, e), ColorMap.MAGMA));
        }
    }

    @Test
    void manyRecordsPerColumnShowTheLargestValueOfEachChannel() {
        Variable spectrogram = EpiLo.channels(r -> true, rates.axes().get(1));
        ColorScale scale = ColorScale.log(0.01, 100);
        // Ten records a pixel column.
        PixelRaster raster = renderOneRowPerChannel(spectrogram, 10, ColorMap.INFERNO, scale);

        for (int column = 0; column < 10; column++) {
            for (int e = 0; e < CHANNELS; e++) {
                double max = Double.NaN;
                for (int r = 10 * column; r < 10 * column + 10; r++) {
                    double v = spectrogram.values().get(r, e);
                    max = Double.isNaN(max) || v > max ? v : max;
                }
                assertThat(raster.get(column, 47 - e)).as("column %d channel %d", column, e)
                        .isEqualTo(scale.argb(max, ColorMap.INFERNO));
            }
        }
    }

    @Test
    void logBinsSplitAtGeometricMidpoints() {
        // Centres one decade apart on a log axis spanning four decades: a hundred rows each.
        Axis energy = Axis.constant("energy", "keV", "Energy", ScaleType.LOG, new double[] {1, 10, 100, 1000});
        Variable spectrogram = Variable.of("test", "flux", new long[] {0, 50}, Values.of(new double[] {1, 2, 3, 4, 1, 2,
            3, Double.NaN}, 4), List.of(energy), Metadata.builder().build());
        TimeMapping time = new TimeMapping(new TimeRange(0, 100), 0, 100);
        ValueMapping y = new ValueMapping(Math.pow(10, -0.5), Math.pow(10, 3.5), true, 0, 400);
        ColorScale scale = ColorScale.linear(1, 4);
        PixelRaster raster = new PixelRaster(100, 400);

        new SpectrogramRenderer(ColorMap.VIRIDIS, scale).render(spectrogram, time, y, raster);

        for (int row = 0; row < 400; row++) {
            int bin = 3 - row / 100;
            assertThat(raster.get(10, row)).as("row %d", row).isEqualTo(scale.argb(bin + 1, ColorMap.VIRIDIS));
            // The second record's top channel is missing: transparent, not its neighbour's colour.
            assertThat(raster.get(90, row)).as("row %d", row)
                    .isEqualTo(bin == 3 ? ColorMap.TRANSPARENT : scale.argb(bin + 1, ColorMap.VIRIDIS));
        }
    }

    @Test
    void explicitRangesThatChangeWithTimeAreDrawnAsGiven() {
        // Record 0: bins [0, 1] and [3, 4]; record 1: bins [0, 2] and [2, 4]; a linear axis of 40 rows.
        Values lower = Values.of(new double[] {0, 3, 0, 2}, 2);
        Values upper = Values.of(new double[] {1, 4, 2, 4}, 2);
        Axis bins = Axis.timeVarying("frequency", "Hz", "Frequency", ScaleType.LINEAR, Values.of(new double[] {0.5, 3.5,
            1, 3}, 2)).withRanges(lower, upper);
        Variable spectrogram = Variable.of("test", "power", new long[] {0, 10}, Values.of(new double[] {1, 2, 3, 4}, 2),
                List.of(bins), Metadata.builder().build());
        TimeMapping time = new TimeMapping(new TimeRange(0, 20), 0, 20);
        ValueMapping y = new ValueMapping(0, 4, false, 0, 40);
        ColorScale scale = ColorScale.linear(1, 4);
        PixelRaster raster = new PixelRaster(20, 40);

        new SpectrogramRenderer(ColorMap.CIVIDIS, scale).render(spectrogram, time, y, raster);

        for (int row = 0; row < 40; row++) {
            int first = row < 10 ? scale.argb(2, ColorMap.CIVIDIS) : row >= 30 ? scale.argb(1, ColorMap.CIVIDIS) : 0;
            int second = scale.argb(row < 20 ? 4 : 3, ColorMap.CIVIDIS);
            assertThat(raster.get(5, row)).as("record 0, row %d", row).isEqualTo(first);
            assertThat(raster.get(15, row)).as("record 1, row %d", row).isEqualTo(second);
        }
    }

    @Test
    void binsOutsideTheMappingAndRecordsOutsideTheRangeDrawNothing() {
        Axis bins = Axis.constant("energy", "keV", "Energy", ScaleType.LINEAR, new double[] {10, 20});
        Variable spectrogram = Variable.of("test", "flux", new long[] {0, 100, 200}, Values.of(new double[] {1, 1, 1, 1,
            1, 1}, 2), List.of(bins), Metadata.builder().build());
        PixelRaster raster = new PixelRaster(50, 50);

        new SpectrogramRenderer(ColorMap.VIRIDIS, ColorScale.linear(0, 2)).render(spectrogram,
                new TimeMapping(new TimeRange(1000, 2000), 0, 50), new ValueMapping(0, 1, false, 0, 50), raster);
        new SpectrogramRenderer(ColorMap.VIRIDIS, ColorScale.linear(0, 2)).render(spectrogram,
                new TimeMapping(new TimeRange(0, 300), 0, 50), new ValueMapping(100, 200, false, 0, 50), raster);

        assertThat(raster.pixels()).containsOnly(0);
    }

    @Test
    void twoDimensionalRecordsMustBeSlicedFirst() {
        TimeMapping time = new TimeMapping(new TimeRange(0, 10), 0, 10);
        assertThatThrownBy(() -> new SpectrogramRenderer(ColorMap.VIRIDIS, ColorScale.linear(0, 1)).render(rates, time,
                new ValueMapping(0, 1, false, 0, 10), new PixelRaster(10, 10)))
                .hasMessageContaining("one bin dimension").hasMessageContaining("[80, 48]");
    }

    /** The 100 records over {@code columns} pixels, channel e on row 47 - e. */
    private static PixelRaster renderOneRowPerChannel(Variable spectrogram, int columns, ColorMap map, ColorScale scale) {
        long t0 = spectrogram.time().get(0);
        TimeMapping time = new TimeMapping(new TimeRange(t0, t0 + 100 * MINUTE), 0, columns);
        PixelRaster raster = new PixelRaster(columns, CHANNELS);
        new SpectrogramRenderer(map, scale).render(spectrogram, time, new ValueMapping(-0.5, 47.5, false, 0, CHANNELS),
                raster);
        return raster;
    }

}
