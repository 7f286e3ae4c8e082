package org.heliodeck.app.catalog;

import org.heliodeck.plot.Surface;
import org.heliodeck.plot.figure.Layer;
import org.heliodeck.plot.figure.PanelFrame;
import org.heliodeck.plot.figure.ZoneLayer;

/**
 * A catalog's zones drawn without a legend entry: the catalog browser lists the catalogs with their
 * colours, and a catalog's name in every panel's legend would crowd out the names of the data.
 */
record UnlistedZones(ZoneLayer zones) implements Layer {

    @Override
    public void drawVector(PanelFrame frame, Surface surface, boolean vectorData) {
        zones.drawVector(frame, surface, vectorData);
    }
}
