package org.heliodeck.app.workspace;

import java.util.Objects;
import java.util.Optional;
import org.heliodeck.app.Product;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.series.SeriesRenderer;

/**
 * A product in a panel with its style: the colour map it is drawn with when it is a spectrogram
 * (empty for a line plot, or to take the default map), and how it is drawn when it is a series
 * (lines, steps or scatter, markers or not; empty for the default lines).
 */
public record PlottedProduct(Product product, Optional<String> colorMap, Optional<SeriesRenderer> drawing) {

    public PlottedProduct {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(colorMap, "colorMap");
        Objects.requireNonNull(drawing, "drawing");
        // Checked here so that a bad name fails when the workspace is read, not when the panel draws.
        colorMap.ifPresent(ColorMap::named);
    }

    /** A product drawn as a line, or as a spectrogram in the default colour map. */
    public static PlottedProduct of(Product product) {
        return new PlottedProduct(product, Optional.empty(), Optional.empty());
    }
}
