package org.heliodeck.app.workspace;

import java.util.Objects;
import java.util.Optional;
import org.heliodeck.app.Product;
import org.heliodeck.plot.color.ColorMap;

/**
 * A product in a panel with its style: the colour map it is drawn with when it is a spectrogram
 * (empty for a line plot, or to take the default map).
 */
public record PlottedProduct(Product product, Optional<String> colorMap) {

    public PlottedProduct {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(colorMap, "colorMap");
        // Checked here so that a bad name fails when the workspace is read, not when the panel draws.
        colorMap.ifPresent(ColorMap::named);
    }

    /** A product drawn as a line, or as a spectrogram in the default colour map. */
    public static PlottedProduct of(Product product) {
        return new PlottedProduct(product, Optional.empty());
    }
}
