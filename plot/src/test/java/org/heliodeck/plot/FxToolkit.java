package org.heliodeck.plot;

import java.time.Duration;
import java.util.function.Supplier;
import org.heliodeck.plot.fx.FxThread;

/** Tests' access to the JavaFX toolkit: started once per JVM (headless under surefire), work run on its thread. */
public final class FxToolkit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private FxToolkit() {
    }

    public static void start() {
        FxThread.ensureStarted();
    }

    public static <T> T onFxThread(Supplier<T> task) {
        return FxThread.call(task, TIMEOUT);
    }
}
