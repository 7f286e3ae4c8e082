package org.heliodeck.plot.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.plot.EpiLo;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.export.PngExport;
import org.junit.jupiter.api.Test;

/** Whole figures on real data: golden images with a tolerance, and pixels where the physics says they are. */
class FigureRendererTest {

    private static BufferedImage render(Figure figure, int width, int height) {
        FigureRenderer renderer = new FigureRenderer();
        return PngExport.render(width, height, 1, s -> renderer.draw(figure, s, false));
    }

    @Test
    void theHalloweenStormInOmni2MatchesItsReference() throws Exception {
        GoldenImages.assertMatches("omni2-storm", render(StormFigures.storm(Theme.LIGHT), 1200, 800));
    }

    @Test
    void theDarkThemeMatchesItsReference() throws Exception {
        GoldenImages.assertMatches("omni2-storm-dark", render(StormFigures.storm(Theme.DARK), 1200, 800));
    }

    @Test
    void thePspEpiLoSpectrogramMatchesItsReference() throws Exception {
        Variable spectrogram = EpiLo.spectrogram();
        TimeRange range = new TimeRange(spectrogram.time().get(0), spectrogram.time().get(spectrogram.records() - 1) + 60_000_000_000L);
        Figure figure = new Figure(List.of(Panel.of("Energy (keV/nuc)", SpectrogramLayer.of(spectrogram, ColorMap.VIRIDIS))
                .withLogY(true)), range, Theme.LIGHT);
        GoldenImages.assertMatches("psp-epilo", render(figure, 1000, 420));
    }

    /** The storm's Dst minimum, −383 nT at 2003-10-30T22:00 (column 41 of the file), is drawn where the axes put it. */
    @Test
    void theDstMinimumIsDrawnAtItsTimeAndValue() throws Exception {
        Figure figure = StormFigures.storm(Theme.LIGHT);
        BufferedImage image = render(figure, 1200, 800);
        // The bottom panel's geometry, as FigureRenderer lays it out.
        double each = (800 - 12 - PanelRenderer.TIME_LABELS - 3 * 6) / 4.0;
        double top = 6 + 3 * (each + 6) + PanelRenderer.TOP;
        double left = 6 + PanelRenderer.LEFT;
        double width = 1200 - 12 - PanelRenderer.LEFT - PanelRenderer.RIGHT;
        Panel dst = figure.panels().get(3);
        ValueMapping y = PanelRenderer.yMapping(dst, figure.visible(), top, each - PanelRenderer.TOP);
        TimeMapping x = new TimeMapping(figure.visible(), left, width);
        int px = (int) x.x(Tt2000.parse("2003-10-30T22:00Z"));
        int py = (int) y.y(-383);
        int seriesColor = org.heliodeck.plot.series.Palette.argb(org.heliodeck.plot.series.Palette.component(0));
        boolean found = false;
        for (int dy = -2; dy <= 2 && !found; dy++) {
            for (int dx = -1; dx <= 1 && !found; dx++) {
                found = (image.getRGB(px + dx, py + dy) & 0xffffff) == (seriesColor & 0xffffff);
            }
        }
        assertThat(found).as("the Dst line passes through (%d, %d)", px, py).isTrue();
        assertThat(y.y(-50)).isBetween(top, top + each);
    }
}
