package org.heliodeck.app.plot;

import javafx.animation.AnimationTimer;

/**
 * Coalesces redraw requests into at most one draw per JavaFX pulse: a drag or a burst of arriving
 * fragments asks many times a frame, the panels are drawn once, just before the frame is shown.
 * The timer only runs while a draw is pending, so an idle window costs nothing.
 */
final class RedrawPulse extends AnimationTimer {

    private final Runnable draw;
    private boolean pending;

    RedrawPulse(Runnable draw) {
        this.draw = draw;
    }

    /** Asks for a draw at the next pulse. FX thread. */
    void request() {
        if (!pending) {
            pending = true;
            start();
        }
    }

    @Override
    public void handle(long now) {
        stop();
        pending = false;
        draw.run();
    }
}
