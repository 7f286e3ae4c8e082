package org.heliodeck.bench;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.heliodeck.plot.PixelRaster;

/**
 * The last step of a frame on headless JavaFX: a raster copied into an image, drawn on a canvas
 * with one {@code drawImage}, and the canvas rendered (a snapshot, so that the software pipeline
 * really rasterises it rather than only queueing the command). Use on the FX thread.
 */
final class FxCanvasFrame {

    private final WritableImage image;
    private final Canvas canvas;
    private final WritableImage rendered;

    FxCanvasFrame(int width, int height) {
        image = new WritableImage(width, height);
        canvas = new Canvas(width, height);
        new Scene(new StackPane(canvas), width, height);
        rendered = new WritableImage(width, height);
    }

    WritableImage present(PixelRaster raster) {
        image.getPixelWriter().setPixels(0, 0, raster.width(), raster.height(), PixelFormat.getIntArgbInstance(),
                raster.pixels(), 0, raster.width());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.drawImage(image, 0, 0);
        canvas.snapshot(null, rendered);
        return rendered;
    }

    /** Starts the toolkit once per JVM, headless with the software pipeline unless told otherwise. */
    static void startToolkit() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Started by an earlier setup in the same JVM.
        }
        Platform.setImplicitExit(false);
    }

    /** Runs the work on the FX thread and waits for it, rethrowing what it threw. */
    static void onFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        RuntimeException[] failure = new RuntimeException[1];
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
