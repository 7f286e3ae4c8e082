package org.heliodeck.plot.spectrogram;

import java.util.Arrays;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.TimeAxis;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.axis.AutoRange;
import org.heliodeck.plot.axis.DataExtent;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.color.ColorScale;

/**
 * Draws a spectrogram (records of bins along the variable's one axis) as coloured cells into a
 * {@link PixelRaster} whose pixel (0, 0) sits at ({@link TimeMapping#left()}, {@link ValueMapping#top()}).
 *
 * <p>A record spans from its time to the next record's. When the next record is more than 1.5
 * times the median cadence (of the records around the visible range) away, there is a gap: the
 * record spans one median cadence, like the last record, and the gap stays empty instead of being
 * smeared over by the record before it. Its bins span from their lower to their upper bounds: the
 * axis' ranges when it has them, else mid-points between centres (geometric on a log value axis);
 * constant or changing with each record.
 *
 * <p>Where several records fall in one pixel column they are reduced to the <em>maximum</em> of
 * each bin (NaN ignored): short intense features (an injection, a burst of waves) are what a
 * zoomed-out spectrogram is scanned for, and a mean would dilute a one-record event by the number
 * of records per column until it vanished. Each pixel is written at most once a frame; from a
 * {@link Variable} each visible sample is read once, from a {@link SpectrogramPyramid} a few bucket
 * maxima a pixel column, so that drawing costs the pixels, not the records. Cells with no data (NaN,
 * fill, gaps, bins at or below zero on a log axis) are left untouched: transparent on a cleared
 * raster.
 */
public final class SpectrogramRenderer {

    private static final double GAP_CADENCES = 1.5;
    /** Record intervals sampled to estimate the cadence: enough for a stable median, few enough to sort each frame. */
    private static final int CADENCE_SAMPLES = 2049;

    private final ColorMap map;
    private final ColorScale scale;

    public SpectrogramRenderer(ColorMap map, ColorScale scale) {
        this.map = map;
        this.scale = scale;
    }

    public ColorMap map() {
        return map;
    }

    public ColorScale scale() {
        return scale;
    }

    /**
     * A colour scale spanning the finite values of the records that start in {@code visible}
     * (from the smallest positive one on a log scale); a default one when there are none.
     */
    public static ColorScale autoScale(Variable spectrogram, TimeRange visible, boolean log) {
        TimeAxis time = spectrogram.time();
        Values values = spectrogram.values();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double minPositive = Double.POSITIVE_INFINITY;
        for (int i = time.indexAtOrAfter(visible.start()), end = time.indexAtOrAfter(visible.stop()); i < end; i++) {
            for (int b = 0; b < values.recordSize(); b++) {
                double v = values.get(i, b);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    minPositive = v > 0 ? Math.min(minPositive, v) : minPositive;
                }
            }
        }
        DataExtent extent = min > max ? DataExtent.empty()
                : new DataExtent(min, max, minPositive == Double.POSITIVE_INFINITY ? Double.NaN : minPositive);
        double low = log ? extent.minPositive() : extent.min();
        if (extent.max() > low) {
            return new ColorScale(low, extent.max(), log);
        }
        AutoRange.Range range = AutoRange.of(extent, log);
        return new ColorScale(range.min(), range.max(), log);
    }

    /**
     * Draws the records of {@code spectrogram} visible in {@code time} onto {@code raster}, bins
     * placed by {@code values}.
     *
     * @throws IllegalArgumentException when the records are not one-dimensional (take a slice of a
     *     two-dimensional spectrogram first)
     */
    public void render(Variable spectrogram, TimeMapping time, ValueMapping values, PixelRaster raster) {
        if (spectrogram.values().rank() != 1) {
            throw new IllegalArgumentException("a spectrogram needs one bin dimension; '" + spectrogram.name()
                    + "' has records of shape " + Arrays.toString(spectrogram.values().shape()));
        }
        if (spectrogram.records() > 0) {
            new Frame(spectrogram, null, time, values, raster).draw();
        }
    }

    /**
     * As {@link #render(Variable, TimeMapping, ValueMapping, PixelRaster)}, reading the pyramid's
     * bucket maxima where a bucket spans at most a pixel, so that a zoomed-out frame costs the
     * pixels whatever the number of records. Buckets that span more (a gap inside them) are drawn
     * record by record, so gaps stay as sharp as without the pyramid.
     */
    public void render(SpectrogramPyramid pyramid, TimeMapping time, ValueMapping values, PixelRaster raster) {
        if (pyramid.spectrogram().records() > 0) {
            new Frame(pyramid.spectrogram(), pyramid, time, values, raster).draw();
        }
    }

    /** The state of drawing one frame: spans, row ranges and the pending column's accumulator. */
    private final class Frame {
        private final TimeAxis times;
        private final Values samples;
        private final Axis axis;
        private final TimeMapping time;
        private final ValueMapping values;
        private final PixelRaster raster;
        private final int bins;
        private final int[] rowFrom;
        private final int[] rowTo;
        private final double[] lower;
        private final double[] upper;
        /** Per bin for constant bins, per row for bins that change with the record. */
        private final double[] acc;
        private final double[] rows;
        private final SpectrogramPyramid pyramid;
        /** The column whose values are being gathered; -1 before the first. */
        private int pending = -1;

        Frame(Variable spectrogram, SpectrogramPyramid pyramid, TimeMapping time, ValueMapping values, PixelRaster raster) {
            this.pyramid = pyramid;
            this.times = spectrogram.time();
            this.samples = spectrogram.values();
            this.bins = samples.recordSize();
            this.axis = spectrogram.axes().isEmpty()
                    ? Axis.constant("index", "", "", ScaleType.LINEAR, indices(bins))
                    : spectrogram.axes().getFirst();
            this.time = time;
            this.values = values;
            this.raster = raster;
            this.rowFrom = new int[bins];
            this.rowTo = new int[bins];
            this.lower = new double[bins];
            this.upper = new double[bins];
            this.acc = new double[axis.timeVarying() ? raster.height() : bins];
            this.rows = new double[raster.height()];
        }

        void draw() {
            TimeRange visible = time.visible();
            long cadence = medianCadence(visible);
            long cap = (long) (cadence * GAP_CADENCES);
            int first = times.indexAtOrAfter(visible.start() > Long.MIN_VALUE + cap ? visible.start() - cap : Long.MIN_VALUE);
            int end = times.indexAtOrAfter(visible.stop());
            if (!axis.timeVarying()) {
                rowsOf(0);
            }
            int level = level(cadence);
            float[] buckets = level < 0 ? null : pyramid.level(level);
            int size = level < 0 ? 1 : SpectrogramPyramid.bucket(level);
            for (int i = first; i < end; ) {
                int last = Math.min(times.size(), i + size) - 1;
                if (buckets != null && i % size == 0) {
                    long stop = stop(last, cadence, cap);
                    if (stop - times.get(i) <= time.nanosPerPixel()) {
                        span(times.get(i), stop, -1 - i / size, buckets);
                        i = last + 1;
                        continue;
                    }
                }
                span(times.get(i), stop(i, cadence, cap), i, null);
                i++;
            }
            paint(pending);
        }

        /** The coarsest pyramid level whose buckets span at most half a pixel at this cadence; -1 for none. */
        private int level(long cadence) {
            int level = -1;
            if (pyramid != null) {
                while (level + 1 < pyramid.levels()
                        && (double) SpectrogramPyramid.bucket(level + 1) * cadence <= time.nanosPerPixel() / 2) {
                    level++;
                }
            }
            return level;
        }

        /** Where record {@code i} ends: at the next record, or one cadence on when the next is a gap away. */
        private long stop(int i, long cadence, long cap) {
            long t = times.get(i);
            long next = i + 1 < times.size() ? times.get(i + 1) : Long.MAX_VALUE;
            return next - t <= cap ? next : t + cadence;
        }

        /**
         * Merges the values spanning {@code [start, stop)} into the columns whose centres they cover (or
         * the one they fall in): record {@code item}, or bucket {@code -1 - item} of {@code buckets}.
         */
        private void span(long start, long stop, int item, float[] buckets) {
            double x0 = time.x(start) - time.left();
            double x1 = time.x(stop) - time.left();
            int c0 = (int) Math.ceil(x0 - 0.5);
            int c1 = (int) Math.ceil(x1 - 0.5);
            if (c1 <= c0) {
                // Narrower than a pixel and missing every pixel centre: it still counts, in the column of its middle.
                c0 = (int) Math.floor((x0 + x1) / 2);
                c1 = c0 + 1;
            }
            c0 = Math.max(0, c0);
            c1 = Math.min(raster.width(), c1);
            if (c0 >= c1) {
                return;
            }
            if (axis.timeVarying()) {
                rowsOf(item);
            }
            for (int c = c0; c < c1; c++) {
                if (c != pending) {
                    paint(pending);
                    Arrays.fill(acc, Double.NaN);
                    pending = c;
                }
                for (int b = 0; b < bins; b++) {
                    merge(b, buckets == null ? samples.get(item, b) : buckets[(-1 - item) * bins + b]);
                }
            }
        }

        /** The rows each bin covers at record {@code record}: those whose centres it holds, or the one its middle is in. */
        private void rowsOf(int record) {
            BinEdges.of(axis, record, values.log(), lower, upper);
            int height = raster.height();
            for (int b = 0; b < bins; b++) {
                rowFrom[b] = 0;
                rowTo[b] = -1;
                double lo = lower[b];
                double hi = upper[b];
                if (Double.isNaN(lo) || Double.isNaN(hi) || values.log() && !(hi > 0)) {
                    continue;
                }
                double yTop = values.y(hi) - values.top();
                double yBottom = values.log() && !(lo > 0) ? Double.POSITIVE_INFINITY : values.y(lo) - values.top();
                int from = (int) Math.ceil(Math.max(-1, yTop) - 0.5);
                int to = (int) Math.ceil(Math.min(height + 1, yBottom) - 0.5) - 1;
                if (to < from) {
                    from = (int) Math.floor((yTop + yBottom) / 2);
                    to = from;
                }
                rowFrom[b] = Math.max(0, from);
                rowTo[b] = Math.min(height - 1, to);
            }
        }

        private void merge(int bin, double v) {
            if (Double.isNaN(v)) {
                return;
            }
            if (axis.timeVarying()) {
                for (int r = rowFrom[bin]; r <= rowTo[bin]; r++) {
                    acc[r] = max(acc[r], v);
                }
            } else {
                acc[bin] = max(acc[bin], v);
            }
        }

        private void paint(int column) {
            if (column < 0) {
                return;
            }
            double[] perRow = acc;
            if (!axis.timeVarying()) {
                Arrays.fill(rows, Double.NaN);
                for (int b = 0; b < bins; b++) {
                    double v = acc[b];
                    if (!Double.isNaN(v)) {
                        for (int r = rowFrom[b]; r <= rowTo[b]; r++) {
                            rows[r] = max(rows[r], v);
                        }
                    }
                }
                perRow = rows;
            }
            // The rows of one bin share its value: a colour (a logarithm on log scales) is worked out once a run.
            double lastValue = Double.NaN;
            int lastColor = ColorMap.TRANSPARENT;
            for (int r = 0; r < perRow.length; r++) {
                double v = perRow[r];
                if (!Double.isNaN(v)) {
                    if (v != lastValue) {
                        lastValue = v;
                        lastColor = scale.argb(v, map);
                    }
                    raster.set(column, r, lastColor);
                }
            }
        }

        /** The median interval between the records around the visible range; one pixel's time when there is one record. */
        private long medianCadence(TimeRange visible) {
            int n = times.size();
            int from = Math.max(0, times.indexAtOrAfter(visible.start()) - 1);
            int to = Math.min(n - 1, times.indexAtOrAfter(visible.stop()));
            if (to - from < 2) {
                from = Math.max(0, from - 1);
                to = Math.min(n - 1, to + 1);
            }
            if (to <= from) {
                return Math.max(1, (long) time.nanosPerPixel());
            }
            int intervals = to - from;
            int samplesTaken = Math.min(intervals, CADENCE_SAMPLES);
            long[] dt = new long[samplesTaken];
            for (int k = 0; k < samplesTaken; k++) {
                int i = from + (int) ((long) k * intervals / samplesTaken);
                dt[k] = times.get(i + 1) - times.get(i);
            }
            Arrays.sort(dt);
            return dt[samplesTaken / 2];
        }
    }

    private static double max(double acc, double v) {
        return Double.isNaN(acc) || v > acc ? v : acc;
    }

    private static double[] indices(int n) {
        double[] centres = new double[n];
        Arrays.setAll(centres, i -> i);
        return centres;
    }
}
