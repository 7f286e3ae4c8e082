package org.heliodeck.app.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.scene.paint.Color;

/**
 * A colour per catalog. Each catalog prefers the colour its uuid picks, so that it keeps its colour
 * across sessions; when an earlier catalog of the list has taken it, it gets the next one free, so
 * that up to {@value #SIZE} catalogs never share a colour. Zones are translucent spans, so even a
 * hue a series also uses stays apart from its lines.
 */
public final class CatalogColors {

    private static final Color[] COLORS = {
        Color.web("#CC79A7"), Color.web("#009E73"), Color.web("#D55E00"), Color.web("#56B4E9"),
        Color.web("#E69F00"), Color.web("#7B3294"), Color.web("#8C510A"), Color.web("#01665E"),
    };
    private static final int SIZE = 8;

    private CatalogColors() {}

    /** The colours of the catalogs, in the order given (the browser's, by name). */
    public static Map<UUID, Color> of(List<UUID> catalogs) {
        Map<UUID, Color> colours = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (UUID c : catalogs) {
            int preferred = Math.floorMod(c.hashCode(), SIZE);
            int pick = preferred;
            for (int i = 0; i < SIZE && taken.size() < SIZE; i++) {
                pick = (preferred + i) % SIZE;
                if (!taken.contains(pick)) {
                    break;
                }
            }
            if (taken.size() == SIZE) {
                pick = preferred; // more catalogs than colours: they share, as little as the hash allows
            }
            taken.add(pick);
            colours.put(c, COLORS[pick]);
        }
        return colours;
    }
}
