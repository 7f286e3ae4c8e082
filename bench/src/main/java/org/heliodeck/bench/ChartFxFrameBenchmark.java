package org.heliodeck.bench;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.lod.LodPyramid;
import org.heliodeck.plot.series.Palette;
import org.heliodeck.plot.series.SeriesRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One frame of panning (3 % of the view) over the same 10⁶ points in a 1920 × 400 plot area, on
 * headless JavaFX with the software pipeline, ending with the drawn canvas rendered to an image
 * (a snapshot, so that the canvas commands are really rasterised on both sides). Heliodeck:
 * reduction, rasterising into a {@link PixelRaster}, one {@code drawImage}. Peer: chart-fx 11.3.1
 * ({@link XYChart}, default {@link ErrorDataSetRenderer} with its own point reduction), the x axis
 * moved and {@code invalidate()}d, then the pre-layout, layout and post-layout steps of a pulse,
 * which are where chart-fx draws (it also draws its axes: a small part of its time).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dglass.platform=Headless", "-Dprism.order=sw"})
@State(Scope.Benchmark)
public class ChartFxFrameBenchmark {

    private static final int POINTS = 1_000_000;
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 400;
    private static final long SECOND = 1_000_000_000L;

    private LodPyramid pyramid;
    private long[] times;
    private PixelRaster raster;
    private FxCanvasFrame frame;
    private final ValueMapping y = new ValueMapping(-60, 60, false, 0, HEIGHT);

    private PulsedChart chart;
    private DefaultNumericAxis xAxis;
    private WritableImage peerSnapshot;

    private double offset;
    private double direction = 0.03;

    /** chart-fx draws in its pulse listeners; this runs them as one pulse would, without a window. */
    static final class PulsedChart extends XYChart {
        PulsedChart(DefaultNumericAxis x, DefaultNumericAxis y) {
            super(x, y);
        }

        void pulse() {
            runPreLayout();
            layout();
            runPostLayout();
        }
    }

    @Setup
    public void setUp() throws InterruptedException {
        times = SeriesFrameLatency.times(POINTS);
        float[] values = SeriesFrameLatency.values(POINTS, new Random(20261124));
        pyramid = LodPyramid.of(times, values);
        double[] xs = new double[POINTS];
        double[] ys = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            xs[i] = i;
            ys[i] = values[i];
        }
        FxCanvasFrame.startToolkit();
        FxCanvasFrame.onFx(() -> {
            raster = new PixelRaster(WIDTH, HEIGHT);
            frame = new FxCanvasFrame(WIDTH, HEIGHT);

            xAxis = new DefaultNumericAxis("t", 0, POINTS / 2.0, 1000);
            xAxis.setAutoRanging(false);
            xAxis.setAnimated(false);
            DefaultNumericAxis yAxis = new DefaultNumericAxis("v", -60, 60, 10);
            yAxis.setAutoRanging(false);
            yAxis.setAnimated(false);
            chart = new PulsedChart(xAxis, yAxis);
            chart.setAnimated(false);
            chart.getDatasets().add(new DoubleDataSet("series", xs, ys, POINTS, false));
            new Scene(new StackPane(chart), WIDTH, HEIGHT);
            chart.getScene().getRoot().applyCss();
            chart.pulse();
            peerSnapshot = new WritableImage(WIDTH, HEIGHT);
        });
    }

    @Benchmark
    public WritableImage heliodeck() throws InterruptedException {
        double[] view = nextView();
        WritableImage[] rendered = new WritableImage[1];
        FxCanvasFrame.onFx(() -> {
            long start = times[0] + (long) (view[0] * SECOND);
            long stop = times[0] + (long) (view[1] * SECOND);
            raster.clear();
            SeriesRenderer.LINES.draw(raster, pyramid.reduce(new TimeMapping(new TimeRange(start, stop), 0, WIDTH)), y,
                    Palette.argb(Palette.component(0)));
            rendered[0] = frame.present(raster);
        });
        return rendered[0];
    }

    @Benchmark
    public WritableImage peer() throws InterruptedException {
        double[] view = nextView();
        FxCanvasFrame.onFx(() -> {
            xAxis.set(view[0], view[1]);
            chart.invalidate();
            chart.pulse();
            chart.getCanvas().snapshot(null, peerSnapshot);
        });
        return peerSnapshot;
    }

    /** Half the points in view, moved 3 % of the view a frame, turning back at either end. */
    private double[] nextView() {
        double width = POINTS / 2.0;
        if (offset + direction * width < 0 || offset + width + direction * width > POINTS) {
            direction = -direction;
        }
        offset += direction * width;
        return new double[] {offset, offset + width};
    }
}
