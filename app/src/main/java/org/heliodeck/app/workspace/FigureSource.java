package org.heliodeck.app.workspace;

import java.util.Optional;

/** What draws the figure on screen, for an export of it. Called on the JavaFX application thread. */
public interface FigureSource {

    /** The figure as shown now with its on-screen size, or empty when there is nothing to export (no panel yet). */
    Optional<SizedFigure> figure();
}
