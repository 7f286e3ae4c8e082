package org.heliodeck.app.catalog;

import java.util.UUID;
import javafx.scene.paint.Color;

/**
 * A colour per catalog, from its uuid: the same catalog keeps its colour across sessions and
 * whichever catalogs are shown beside it. Zones are translucent spans, so even a hue a series
 * also uses stays apart from its lines; the first few avoid the first series colours (blue, orange).
 */
public final class CatalogColors {

    private static final Color[] COLORS = {
        Color.web("#CC79A7"), Color.web("#009E73"), Color.web("#D55E00"), Color.web("#56B4E9"),
        Color.web("#F0E442"), Color.web("#7B3294"), Color.web("#8C510A"), Color.web("#01665E"),
    };

    private CatalogColors() {}

    public static Color of(UUID catalog) {
        return COLORS[Math.floorMod(catalog.hashCode(), COLORS.length)];
    }
}
