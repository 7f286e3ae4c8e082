package org.heliodeck.app.plot;

import java.util.Optional;

/**
 * Edges drawn on the panels that the pointer can drag to another time: the start and stop of the
 * events of a catalog. A plain drag that starts on an edge moves it instead of panning.
 */
@FunctionalInterface
public interface DraggableEdges {

    /** The edge at {@code time}, give or take {@code tolerance} nanoseconds, if there is one. FX thread. */
    Optional<EdgeDrag> grab(long time, long tolerance);

    /** A drag of one edge: it follows the pointer, then is released once. */
    interface EdgeDrag {

        void moveTo(long time);

        void release();
    }
}
