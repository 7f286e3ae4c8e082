package org.heliodeck.plot.figure;

import java.util.Optional;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.axis.AxisLabel;
import org.heliodeck.plot.axis.DataExtent;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.color.ColorScale;
import org.heliodeck.plot.spectrogram.SpectrogramPyramid;
import org.heliodeck.plot.spectrogram.SpectrogramRenderer;

/**
 * A spectrogram: its bins on the y axis, its values as colours. Drawn from a
 * {@link SpectrogramPyramid} where the bins are constant (the cost of a frame then depends on the
 * pixels), from the records otherwise. The colour scale follows the visible values unless fixed.
 */
public final class SpectrogramLayer implements Layer {

    private final Variable spectrogram;
    private final SpectrogramPyramid pyramid;
    private final ColorMap map;
    private final boolean logColors;
    private final ColorScale fixedScale;

    /**
     * @param fixedScale the colour scale to keep, or null to follow the visible values
     * @param logColors for the automatic scale; the metadata's SCALETYP is the usual source
     */
    public SpectrogramLayer(Variable spectrogram, ColorMap map, boolean logColors, ColorScale fixedScale) {
        if (spectrogram.values().shape().length != 1 || spectrogram.axes().isEmpty()) {
            throw new IllegalArgumentException(spectrogram.name() + " is not a spectrogram: its records are not one row of bins");
        }
        this.spectrogram = spectrogram;
        this.pyramid = spectrogram.axes().getFirst().timeVarying() ? null : SpectrogramPyramid.of(spectrogram);
        this.map = map;
        this.logColors = logColors;
        this.fixedScale = fixedScale;
    }

    /** With the colour scale its metadata asks for (log where SCALETYP says so) following the visible values. */
    public static SpectrogramLayer of(Variable spectrogram, ColorMap map) {
        return new SpectrogramLayer(spectrogram, map, spectrogram.metadata().scaleType() == ScaleType.LOG, null);
    }

    public Variable variable() {
        return spectrogram;
    }

    /** The bins' span, so that the y axis shows every bin. */
    @Override
    public DataExtent extent(TimeRange visible) {
        var axis = spectrogram.axes().getFirst();
        DataExtent extent = DataExtent.empty();
        int records = axis.timeVarying() ? spectrogram.records() : 1;
        for (int r = 0; r < records; r++) {
            for (int b = 0; b < axis.size(); b++) {
                extent = extent.including(axis.centre(r, b));
            }
        }
        return extent;
    }

    @Override
    public boolean usesRaster() {
        return true;
    }

    @Override
    public void drawRaster(PanelFrame frame, PixelRaster raster) {
        SpectrogramRenderer renderer = new SpectrogramRenderer(map, scale(frame.visible()));
        if (pyramid != null) {
            renderer.render(pyramid, frame.time(), frame.values(), raster);
        } else {
            renderer.render(spectrogram, frame.time(), frame.values(), raster);
        }
    }

    @Override
    public Optional<ColorKey> colorKey(TimeRange visible) {
        return Optional.of(new ColorKey(map, scale(visible), AxisLabel.of(spectrogram.metadata())));
    }

    private ColorScale scale(TimeRange visible) {
        return fixedScale != null ? fixedScale : SpectrogramRenderer.autoScale(spectrogram, visible, logColors);
    }
}
