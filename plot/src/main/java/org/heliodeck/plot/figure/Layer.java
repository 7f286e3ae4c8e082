package org.heliodeck.plot.figure;

import java.util.List;
import java.util.Optional;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.LegendEntry;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.axis.DataExtent;

/**
 * Something drawn in a panel. Bulk data (series, spectrograms) is drawn into the panel's raster, one
 * image a frame whatever the number of points; the rest (zones, reference lines, and series too in
 * a vector export) through the surface's vector calls.
 */
public interface Layer {

    /** The range of its values over the visible times, for the y axis's auto-range; empty when it has none. */
    default DataExtent extent(TimeRange visible) {
        return DataExtent.empty();
    }

    /** Draws into the plot area's raster; {@code frame} is at the raster's origin. */
    default void drawRaster(PanelFrame frame, PixelRaster raster) {
    }

    /**
     * Draws through the surface, clipped to the plot area.
     *
     * @param vectorData whether bulk data should be drawn here as vectors too (SVG/PDF export) rather than
     *     in the raster
     */
    default void drawVector(PanelFrame frame, Surface surface, boolean vectorData) {
    }

    /** Whether its bulk data goes in the raster when {@code vectorData} is false (and so not in {@link #drawVector}). */
    default boolean usesRaster() {
        return false;
    }

    default List<LegendEntry> legend() {
        return List.of();
    }

    /** The colour bar it needs beside the panel over the visible range, if any. */
    default Optional<ColorKey> colorKey(TimeRange visible) {
        return Optional.empty();
    }
}
