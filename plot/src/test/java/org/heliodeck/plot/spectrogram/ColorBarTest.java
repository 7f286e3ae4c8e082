package org.heliodeck.plot.spectrogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.heliodeck.plot.NullSurface;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.color.ColorScale;
import org.junit.jupiter.api.Test;

class ColorBarTest {

    @Test
    void theStripRunsFromTheHighestColourAtTheTopToTheLowest() {
        PixelRaster strip = ColorBar.strip(ColorMap.VIRIDIS, 256);

        assertThat(strip.width()).isEqualTo(1);
        assertThat(strip.get(0, 0)).isEqualTo(0xfffde725);
        assertThat(strip.get(0, 255)).isEqualTo(0xff440154);
        assertThat(strip.get(0, 100)).isEqualTo(ColorMap.VIRIDIS.color(155));
    }

    @Test
    void aLogBarIsLabelledByDecadeAtTheHeightOfEachValueWithItsTitleAbove() {
        Recording surface = new Recording();

        ColorBar.draw(surface, 500, 100, 12, 300, ColorMap.MAGMA, ColorScale.log(1, 1000), "Rate (counts/sec)",
                Color.BLACK);

        assertThat(surface.rasters).hasSize(1);
        assertThat(surface.rasters.getFirst().height()).isEqualTo(300);
        assertThat(surface.texts).extracting(t -> t.text).containsExactly("1", "10", "100", "1000", "Rate (counts/sec)");
        // Decades a third of the bar apart, from the bottom (1) to the top (1000), right of the bar.
        assertThat(surface.texts.get(0).y).isCloseTo(400, within(1e-9));
        assertThat(surface.texts.get(1).y).isCloseTo(300, within(1e-9));
        assertThat(surface.texts.get(3).y).isCloseTo(100, within(1e-9));
        assertThat(surface.texts.get(0).x).isGreaterThan(512);
        assertThat(surface.texts.get(4).y).isLessThan(100);
        assertThat(surface.saves).isZero();
    }

    @Test
    void aLinearBarGetsNiceSteps() {
        Recording surface = new Recording();

        ColorBar.draw(surface, 0, 20, 10, 200, ColorMap.VIRIDIS, ColorScale.linear(-1, 1), "Bz (nT)", Color.BLACK);

        assertThat(surface.texts).extracting(t -> t.text).containsExactly("-1", "-0.5", "0", "0.5", "1", "Bz (nT)");
        assertThat(surface.texts.get(2).y).isCloseTo(120, within(1e-9));
    }

    private record Text(String text, double x, double y) {}

    /** Remembers what was drawn; {@code saves} counts saves not yet restored. */
    private static final class Recording extends NullSurface {
        final List<PixelRaster> rasters = new ArrayList<>();
        final List<Text> texts = new ArrayList<>();
        int saves;

        @Override
        public double width() {
            return 800;
        }

        @Override
        public double height() {
            return 600;
        }

        @Override
        public void save() {
            saves++;
        }

        @Override
        public void restore() {
            saves--;
        }

        @Override
        public void fillText(String text, double x, double y, TextAlignment align, VPos baseline) {
            texts.add(new Text(text, x, y));
        }

        @Override
        public double textWidth(String text) {
            return 7.0 * text.length();
        }

        @Override
        public void drawRaster(PixelRaster raster, double x, double y, double w, double h) {
            rasters.add(raster);
        }
    }
}
