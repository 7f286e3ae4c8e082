package org.heliodeck.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import javafx.application.Platform;
import org.openjdk.jol.info.GraphLayout;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.lod.LodPyramid;
import org.heliodeck.plot.series.Palette;
import org.heliodeck.plot.series.SeriesRenderer;

/**
 * Frame times of the series renderer (reduction + rasterising into a 1920 × 400 raster, the part
 * of a frame that depends on the data; and once with the raster drawn on a headless JavaFX canvas
 * and rendered, the whole frame): first frame of a 10⁷-point series (pyramid build included), p50/p95 while
 * panning it 3 % a frame for 300 frames, memory per point, and a zoom step of ten panels of 10⁶
 * points each. Run with
 * {@code java -Xmx4g -cp bench/target/benchmarks.jar org.heliodeck.bench.SeriesFrameLatency}.
 */
public final class SeriesFrameLatency {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 400;
    private static final int FRAMES = 300;
    private static final long SECOND = 1_000_000_000L;
    private static final long EPOCH = 600_000_000L * SECOND;

    private SeriesFrameLatency() {}

    public static void main(String[] args) throws InterruptedException {
        Random random = new Random(20261124);
        int n = 10_000_000;
        long[] times = times(n);
        float[] values = values(n, random);
        PixelRaster raster = new PixelRaster(WIDTH, HEIGHT);
        ValueMapping y = new ValueMapping(-60, 60, false, 0, HEIGHT);

        long started = System.nanoTime();
        LodPyramid pyramid = LodPyramid.of(times, values);
        long built = System.nanoTime();
        TimeRange all = new TimeRange(times[0], times[n - 1] + 1);
        draw(pyramid, raster, new TimeMapping(all, 0, WIDTH), y);
        long firstFrame = System.nanoTime();
        System.out.printf(Locale.ROOT, "10^7 points: pyramid built in %.0f ms, first frame (build + frame) %.0f ms%n",
                (built - started) / 1e6, (firstFrame - started) / 1e6);
        System.out.printf(Locale.ROOT, "memory: %.3f bytes a point with float values = %.3f x the raw arrays;"
                + " with double values %.3f x%n", (double) pyramid.footprintBytes() / n,
                (double) pyramid.footprintBytes() / pyramid.rawBytes(),
                (double) LodPyramid.of(times, new double[n]).footprintBytes() / (16.0 * n));
        System.out.printf(Locale.ROOT, "heap (JOL, the whole object graph): %.3f bytes a point%n",
                (double) GraphLayout.parseInstance(pyramid).totalSize() / n);

        for (double fraction : new double[] {1.0, 0.5, 0.01}) {
            TimeRange window = new TimeRange(times[0], times[0] + (long) (fraction * all.duration()));
            pan(pyramid, raster, y, window, all, "10^7 points, " + (int) (fraction * 100) + " % in view");
        }

        // The same 10^6 points the chart-fx peer draws (ChartFxFrameBenchmark).
        int m = 1_000_000;
        LodPyramid million = LodPyramid.of(Arrays.copyOf(times, m), Arrays.copyOf(values, m));
        TimeRange millionRange = new TimeRange(times[0], times[m - 1] + 1);
        pan(million, raster, y, millionRange, millionRange, "10^6 points, all in view");

        tenPanels(random);

        // A whole frame on headless JavaFX: the same pan of 10^7 points, the raster drawn on a canvas and rendered.
        FxCanvasFrame.startToolkit();
        FxCanvasFrame[] canvas = new FxCanvasFrame[1];
        FxCanvasFrame.onFx(() -> canvas[0] = new FxCanvasFrame(WIDTH, HEIGHT));
        TimeRange half = new TimeRange(times[0], times[0] + all.duration() / 2);
        long step = (long) (0.03 * half.duration());
        long[][] nanos = new long[1][];
        for (int round = 0; round < 4; round++) {
            FxCanvasFrame.onFx(() -> nanos[0] = frames(pyramid, raster, y, half, all, step, canvas[0]));
        }
        report("10^7 points, 50 % in view, panning, + drawImage on a headless canvas and rendering it", nanos[0]);
        Platform.exit();
    }

    private static void pan(LodPyramid pyramid, PixelRaster raster, ValueMapping y, TimeRange window, TimeRange all,
            String what) {
        long step = (long) (0.03 * window.duration());
        for (int warm = 0; warm < 3; warm++) {
            frames(pyramid, raster, y, window, all, step);
        }
        long[] nanos = frames(pyramid, raster, y, window, all, step);
        report(what + ", panning 3 %/frame", nanos);
    }

    private static long[] frames(LodPyramid pyramid, PixelRaster raster, ValueMapping y, TimeRange window,
            TimeRange all, long step) {
        return frames(pyramid, raster, y, window, all, step, null);
    }

    /** Frames panning the window back and forth; each also presented on {@code canvas} unless null. */
    private static long[] frames(LodPyramid pyramid, PixelRaster raster, ValueMapping y, TimeRange window,
            TimeRange all, long step, FxCanvasFrame canvas) {
        long[] nanos = new long[FRAMES];
        TimeRange visible = window;
        long direction = step;
        for (int f = 0; f < FRAMES; f++) {
            if (visible.stop() + direction > all.stop() || visible.start() + direction < all.start()) {
                direction = -direction;
            }
            visible = visible.shift(direction);
            long t = System.nanoTime();
            draw(pyramid, raster, new TimeMapping(visible, 0, WIDTH), y);
            if (canvas != null) {
                canvas.present(raster);
            }
            nanos[f] = System.nanoTime() - t;
        }
        return nanos;
    }

    private static void tenPanels(Random random) {
        int n = 1_000_000;
        long[] times = times(n);
        List<LodPyramid> panels = new ArrayList<>();
        List<PixelRaster> rasters = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            panels.add(LodPyramid.of(times, values(n, random)));
            rasters.add(new PixelRaster(WIDTH, HEIGHT));
        }
        ValueMapping y = new ValueMapping(-60, 60, false, 0, HEIGHT);
        TimeRange all = new TimeRange(times[0], times[n - 1] + 1);
        for (boolean parallel : new boolean[] {false, true}) {
            long[] nanos = new long[FRAMES];
            for (int round = 0; round < 4; round++) {
                TimeRange visible = all;
                for (int f = 0; f < FRAMES; f++) {
                    // Zoom in 20 % a step about a point that wanders, back out to everything every 15 steps.
                    visible = f % 15 == 0 ? all : visible.zoom(0.8, visible.start() + visible.duration() / 3);
                    TimeMapping x = new TimeMapping(visible, 0, WIDTH);
                    long t = System.nanoTime();
                    IntStream panelIndexes = IntStream.range(0, panels.size());
                    (parallel ? panelIndexes.parallel() : panelIndexes)
                            .forEach(p -> draw(panels.get(p), rasters.get(p), x, y));
                    nanos[f] = System.nanoTime() - t;
                }
            }
            report("ten panels x 10^6 points, one zoom step (all ten redrawn, "
                    + (parallel ? "panels in parallel on the common pool)" : "one thread)"), nanos);
        }
    }

    private static void draw(LodPyramid pyramid, PixelRaster raster, TimeMapping x, ValueMapping y) {
        raster.clear();
        SeriesRenderer.LINES.draw(raster, pyramid.reduce(x), y, Palette.argb(Palette.component(0)));
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms over %d frames%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 95 / 100] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    static long[] times(int n) {
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = EPOCH + i * SECOND;
        }
        return times;
    }

    /** A random walk with a slow wave, and a NaN run now and then (as fill values become). */
    static float[] values(int n, Random random) {
        float[] values = new float[n];
        double walk = 0;
        for (int i = 0; i < n; i++) {
            walk = 0.999 * walk + random.nextGaussian();
            values[i] = random.nextInt(100_000) == 0 ? Float.NaN : (float) (walk + 20 * Math.sin(i * 1e-5));
        }
        return values;
    }
}
