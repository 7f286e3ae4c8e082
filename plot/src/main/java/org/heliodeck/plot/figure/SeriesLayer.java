package org.heliodeck.plot.figure;

import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.LegendEntry;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.axis.DataExtent;
import org.heliodeck.plot.lod.ValueExtent;
import org.heliodeck.plot.series.VectorSeries;

/** A time series (scalar or vector components) drawn from its level-of-detail pyramids. */
public record SeriesLayer(VectorSeries series) implements Layer {

    @Override
    public DataExtent extent(TimeRange visible) {
        ValueExtent e = series.visibleRange(visible);
        return e.isEmpty() ? DataExtent.empty() : DataExtent.of(e.min(), e.max());
    }

    @Override
    public boolean usesRaster() {
        return true;
    }

    @Override
    public void drawRaster(PanelFrame frame, PixelRaster raster) {
        series.draw(raster, frame.time(), frame.values());
    }

    @Override
    public void drawVector(PanelFrame frame, Surface surface, boolean vectorData) {
        if (vectorData) {
            series.stroke(surface, frame.time(), frame.values());
        }
    }

    @Override
    public List<LegendEntry> legend() {
        return series.legend();
    }
}
