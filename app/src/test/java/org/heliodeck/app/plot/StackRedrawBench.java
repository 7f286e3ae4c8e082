package org.heliodeck.app.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.heliodeck.app.Product;
import org.heliodeck.app.StatusBar;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.Provider;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.plot.figure.Layer;
import org.heliodeck.plot.figure.ZoneLayer;
import org.heliodeck.plot.fx.FxThread;

/**
 * Not a test: how long one zoom step takes to redraw a stack of {@value #PANELS} panels of
 * {@value #POINTS} points each, on the headless canvas. Prints p50/p95 of the panels' draw (reduce,
 * rasterise, axes, the commands queued on the canvases) and of the draw plus the rendering of the
 * stack (a snapshot: the software pipeline really rasterises the canvases). The window stays within
 * the headless screen (1280×800): a larger one fails its blits. From the repository root, with a
 * JDK 25 {@code java} (an argument N adds a catalog of N events drawn as zones on every panel):
 * <pre>
 * ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/app-cp.txt -pl app
 * java -Dglass.platform=Headless -Dprism.order=sw \
 *     -cp app/target/test-classes:app/target/classes:$(cat /tmp/app-cp.txt) org.heliodeck.app.plot.StackRedrawBench
 * </pre>
 */
public final class StackRedrawBench {

    static final int PANELS = 10;
    static final int POINTS = 1_000_000;
    private static final int WARM_UP = 100;
    private static final int STEPS = 400;
    private static final TimeRange SPAN = TimeRange.of("2020-01-01", "2020-01-11");
    private static final Duration WAIT = Duration.ofMinutes(2);

    private StackRedrawBench() {}

    public static void main(String[] args) throws Exception {
        int zones = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Path cacheDirectory = Files.createTempDirectory("heliodeck-bench-cache");
        FxThread.ensureStarted();
        Platform.setImplicitExit(false);
        try (FragmentCache cache = FragmentCache.open(cacheDirectory, CachePolicy.DEFAULT, Clock.systemUTC());
                DataAccess access = new DataAccess(cache)) {
            Provider synthetic = new GeneratedProvider("synthetic", StackRedrawBench::wave);
            PlotStack stack = FxThread.call(() -> {
                PlotStack s = new PlotStack(name -> synthetic, access, new StatusBar(), SPAN);
                Stage stage = new Stage();
                stage.setScene(new Scene(s, 1200, 760));
                stage.show();
                for (int p = 0; p < PANELS; p++) {
                    s.addPanel(new Product("synthetic", "waves", "p" + p));
                }
                List<Layer> overlays = List.of(events(zones));
                s.addOverlays(() -> overlays);
                return s;
            }, WAIT);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!FxThread.call(() -> stack.panels().stream().allMatch(StackRedrawBench::loaded), WAIT)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the panels did not load within " + WAIT);
                }
                Thread.sleep(50);
            }
            long[][] times = FxThread.call(() -> measure(stack), WAIT);
            System.out.printf(Locale.ROOT, "%d panels x %d points, %d zones, %d zoom steps, window 1200x760 headless (sw)%n",
                    PANELS, POINTS, zones, STEPS);
            report("draw (reduce + rasterise + axes, commands queued)", times[0]);
            report("draw + render (snapshot of the stack)", times[1]);
            FxThread.call(() -> {
                stack.close();
                stack.getScene().getWindow().hide();
                return null;
            }, WAIT);
        } finally {
            deleteTree(cacheDirectory);
            Platform.exit();
        }
    }

    private static boolean loaded(PlotPanel panel) {
        return panel.sources().stream().allMatch(s -> s.dataSpan().isPresent());
    }

    /** Alternate zooms in and out about a point a third of the way in, so that the visible data stays about the same. */
    private static long[][] measure(PlotStack stack) {
        long[] draw = new long[STEPS];
        long[] render = new long[STEPS];
        WritableImage image = null;
        for (int i = 0; i < WARM_UP + STEPS; i++) {
            TimeRange r = stack.rangeProperty().get();
            long about = r.start() + r.duration() / 3;
            stack.rangeProperty().set(r.zoom(i % 2 == 0 ? PlotStack.ZOOM_IN : 1 / PlotStack.ZOOM_IN, about));
            long start = System.nanoTime();
            stack.drawAll();
            long drawn = System.nanoTime();
            image = stack.snapshot(null, image);
            long rendered = System.nanoTime();
            if (i >= WARM_UP) {
                draw[i - WARM_UP] = drawn - start;
                render[i - WARM_UP] = rendered - start;
            }
        }
        return new long[][] {draw, render};
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-52s p50 %6.2f ms  p95 %6.2f ms%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A catalog of {@code n} events spread evenly over {@link #SPAN}, each a third of the gap between starts. */
    private static ZoneLayer events(int n) {
        List<ZoneLayer.Zone> zones = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = SPAN.start() + SPAN.duration() / n * i;
            zones.add(new ZoneLayer.Zone(new TimeRange(start, start + SPAN.duration() / n / 3), "e" + i));
        }
        return new ZoneLayer("bench", javafx.scene.paint.Color.web("#009E73"), zones);
    }

    /** {@value #POINTS} samples of a noisy wave over {@link #SPAN}. */
    private static Variable wave(String parameter) {
        long[] times = new long[POINTS];
        float[] values = new float[POINTS];
        long step = SPAN.duration() / POINTS;
        Random noise = new Random(parameter.hashCode());
        for (int i = 0; i < POINTS; i++) {
            times[i] = SPAN.start() + i * step;
            values[i] = (float) (Math.sin(i * 2e-4) * 50 + noise.nextGaussian() * 5);
        }
        return Variable.of("synthetic/waves", parameter, times, Values.of(values), List.of(),
                Metadata.builder().label(parameter).units("nT").build());
    }
}
