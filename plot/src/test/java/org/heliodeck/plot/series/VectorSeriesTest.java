package org.heliodeck.plot.series;

import org.heliodeck.plot.LegendEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.NullSurface;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.lod.ValueExtent;
import org.junit.jupiter.api.Test;

class VectorSeriesTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long EPOCH = 600_000_000L * SECOND;
    private static final int WIDTH = 200;
    private static final int HEIGHT = 101;
    private static final ValueMapping Y = new ValueMapping(-1, 1, false, 0, HEIGHT);

    /** 10⁵ samples of a sine over 200 columns: each column's drawn pixels cover the rows its samples fall on. */
    @Test
    void sineColumnsCoverTheRowsOfTheirSamples() {
        int n = 100_000;
        Variable sine = variable(n, i -> Math.sin(2 * Math.PI * i / n), 1);
        PixelRaster raster = new PixelRaster(WIDTH, HEIGHT);
        TimeMapping x = new TimeMapping(new TimeRange(EPOCH, EPOCH + n * SECOND), 0, WIDTH);
        VectorSeries.of(sine).draw(raster, x, Y);
        int blue = Palette.argb(Palette.component(0));
        for (int c = 0; c < WIDTH; c++) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int i = c * n / WIDTH; i < (c + 1) * n / WIDTH; i++) {
                int row = (int) Math.floor(Y.y(Math.sin(2 * Math.PI * i / n)));
                lo = Math.min(lo, row);
                hi = Math.max(hi, row);
            }
            for (int row = Math.max(0, lo); row <= Math.min(HEIGHT - 1, hi); row++) {
                assertThat(raster.get(c, row)).as("column %d row %d", c, row).isEqualTo(blue);
            }
            // Nothing far from the curve: a one-pixel line joins neighbours, no more.
            for (int row = 0; row < HEIGHT; row++) {
                if (row < lo - 3 || row > hi + 3) {
                    assertThat(raster.get(c, row)).as("column %d row %d", c, row).isZero();
                }
            }
        }
    }

    /** A run of NaN leaves its columns empty and no line crosses them. */
    @Test
    void aNaNRunLeavesEmptyColumns() {
        int n = 10_000;
        Variable v = variable(n, i -> i >= 4000 && i < 6000 ? Double.NaN : 0.5, 1);
        PixelRaster raster = new PixelRaster(WIDTH, HEIGHT);
        VectorSeries.of(v).draw(raster, new TimeMapping(new TimeRange(EPOCH, EPOCH + n * SECOND), 0, WIDTH), Y);
        for (int c = 0; c < WIDTH; c++) {
            boolean inGap = c >= 80 && c < 120;
            for (int row = 0; row < HEIGHT; row++) {
                if (inGap) {
                    assertThat(raster.get(c, row)).as("column %d row %d", c, row).isZero();
                }
            }
            if (!inGap) {
                assertThat(raster.get(c, (int) Math.floor(Y.y(0.5)))).as("column %d", c).isNotZero();
            }
        }
    }

    /** Zoomed in to exact points, a line joins neighbours pixel by pixel but not across a NaN. */
    @Test
    void exactPointsAreJoinedExceptAcrossNaN() {
        Variable v = variable(10, i -> i == 5 ? Double.NaN : 0, 1);
        PixelRaster raster = new PixelRaster(WIDTH, HEIGHT);
        VectorSeries.of(v).draw(raster, new TimeMapping(new TimeRange(EPOCH, EPOCH + 10 * SECOND), 0, WIDTH), Y);
        int row = (int) Math.floor(Y.y(0));
        for (int c = 0; c <= 80; c++) {
            assertThat(raster.get(c, row)).as("column %d", c).isNotZero();
        }
        for (int c = 81; c < 120; c++) {
            assertThat(raster.get(c, row)).as("column %d", c).isZero();
        }
        for (int c = 120; c <= 180; c++) {
            assertThat(raster.get(c, row)).as("column %d", c).isNotZero();
        }
    }

    @Test
    void componentsGetTheirOwnColourLegendAndARangeTogether() {
        Variable b = variable(1000, i -> i % 3 == 0 ? -0.5 : i % 3 == 1 ? 0.25 : 0.75, 3);
        VectorSeries series = VectorSeries.of(b);
        assertThat(series.legend()).extracting(LegendEntry::name).containsExactly("Bx", "By", "Bz");
        assertThat(series.legend()).extracting(LegendEntry::color)
                .containsExactly(Palette.component(0), Palette.component(1), Palette.component(2));
        assertThat(series.visibleRange(new TimeRange(EPOCH, EPOCH + 1000 * SECOND)))
                .isEqualTo(new ValueExtent(-0.5, 0.75));
        PixelRaster raster = new PixelRaster(WIDTH, HEIGHT);
        series.draw(raster, new TimeMapping(new TimeRange(EPOCH, EPOCH + 1000 * SECOND), 0, WIDTH), Y);
        assertThat(raster.get(50, (int) Math.floor(Y.y(-0.5)))).isEqualTo(Palette.argb(Palette.component(0)));
        assertThat(raster.get(50, (int) Math.floor(Y.y(0.25)))).isEqualTo(Palette.argb(Palette.component(1)));
        assertThat(raster.get(50, (int) Math.floor(Y.y(0.75)))).isEqualTo(Palette.argb(Palette.component(2)));
    }

    @Test
    void vectorPathIsBrokenAtEveryGap() {
        Variable v = variable(10_000, i -> i >= 4000 && i < 6000 ? Double.NaN : Math.sin(i / 100.0), 1);
        RecordingSurface surface = new RecordingSurface();
        VectorSeries.of(v).stroke(surface, new TimeMapping(new TimeRange(EPOCH, EPOCH + 10_000 * SECOND), 10, WIDTH),
                new ValueMapping(-1, 1, false, 5, HEIGHT));
        assertThat(surface.polylines).hasSize(2);
        double[] firstXs = surface.polylines.get(0)[0];
        double[] secondXs = surface.polylines.get(1)[0];
        assertThat(firstXs[firstXs.length - 1]).isLessThan(10 + 80);
        assertThat(secondXs[0]).isGreaterThanOrEqualTo(10 + 120);
    }

    private interface Samples {
        double at(int i);
    }

    private static Variable variable(int n, Samples samples, int components) {
        long[] times = new long[n];
        double[] values = new double[n * components];
        for (int i = 0; i < n; i++) {
            times[i] = EPOCH + i * SECOND;
            for (int c = 0; c < components; c++) {
                values[i * components + c] = samples.at(i * components + c);
            }
        }
        Values v = components == 1 ? Values.of(values) : Values.of(values, components);
        Metadata metadata = Metadata.builder().label("B").componentLabels(components == 3 ? List.of("Bx", "By", "Bz")
                : List.of()).build();
        return Variable.of("TEST", "B", times, v, List.of(), metadata);
    }

    /** Keeps the polylines stroked; everything else a surface does is of no interest here. */
    private static final class RecordingSurface extends NullSurface {
        final List<double[][]> polylines = new ArrayList<>();

        @Override
        public void strokePolyline(double[] xs, double[] ys, int n) {
            polylines.add(new double[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)});
        }
    }
}
