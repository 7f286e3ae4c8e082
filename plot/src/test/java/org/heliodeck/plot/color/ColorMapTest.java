package org.heliodeck.plot.color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColorMapTest {

    @Test
    void viridisRunsFromDarkPurpleToYellow() {
        assertThat(ColorMap.VIRIDIS.lookup(0)).isEqualTo(0xff440154);
        assertThat(ColorMap.VIRIDIS.lookup(1)).isEqualTo(0xfffde725);
        assertThat(ColorMap.VIRIDIS.color(0)).isEqualTo(0xff440154);
    }

    @Test
    void everyMapHas256OpaqueColoursAndTheKnownEnds() {
        assertThat(ColorMap.names()).containsExactly("viridis", "magma", "inferno", "plasma", "cividis", "turbo", "jet",
                "greys");
        for (String name : ColorMap.names()) {
            ColorMap map = ColorMap.named(name);
            assertThat(map.size()).isEqualTo(256);
            for (int i = 0; i < map.size(); i++) {
                assertThat(map.color(i) >>> 24).isEqualTo(0xff);
            }
        }
        assertThat(ColorMap.MAGMA.lookup(1)).isEqualTo(0xfffcfdbf);
        assertThat(ColorMap.INFERNO.lookup(0)).isEqualTo(0xff000004);
        assertThat(ColorMap.GREYS.lookup(0)).isEqualTo(0xff000000);
        assertThat(ColorMap.GREYS.lookup(1)).isEqualTo(0xffffffff);
        assertThat(ColorMap.JET.lookup(0)).isEqualTo(0xff000080);
    }

    @Test
    void perceptualMapsGrowLighterAllAlong() {
        for (ColorMap map : List.of(ColorMap.VIRIDIS, ColorMap.MAGMA, ColorMap.INFERNO, ColorMap.PLASMA, ColorMap.CIVIDIS,
                ColorMap.GREYS)) {
            double[] lightness = new double[map.size()];
            for (int i = 0; i < map.size(); i++) {
                lightness[i] = lightness(map.color(i));
            }
            // Tables rounded to 8 bits a channel may step back by a hair; a few entries on, lightness always gained.
            for (int i = 1; i < map.size(); i++) {
                assertThat(lightness[i]).as("%s colour %d", map, i).isGreaterThan(lightness[i - 1] - 0.25);
                if (i >= 4) {
                    assertThat(lightness[i]).as("%s colour %d", map, i).isGreaterThan(lightness[i - 4]);
                }
            }
            assertThat(lightness[255] - lightness[0]).as("%s range of lightness", map).isGreaterThan(50);
        }
    }

    @Test
    void lookupClampsAndMissingValuesAreTransparent() {
        assertThat(ColorMap.PLASMA.lookup(-3)).isEqualTo(ColorMap.PLASMA.lookup(0));
        assertThat(ColorMap.PLASMA.lookup(7)).isEqualTo(ColorMap.PLASMA.lookup(1));
        assertThat(ColorMap.PLASMA.lookup(0.5)).isEqualTo(ColorMap.PLASMA.color(128));
        assertThat(ColorMap.PLASMA.lookup(Double.NaN)).isEqualTo(ColorMap.TRANSPARENT);
    }

    @Test
    void reversedMapsRunBackwardsAndAreNamedSo() {
        ColorMap reversed = ColorMap.VIRIDIS.reversed();

        assertThat(reversed.name()).isEqualTo("viridis_r");
        assertThat(reversed.lookup(0)).isEqualTo(0xfffde725);
        assertThat(reversed.lookup(1)).isEqualTo(0xff440154);
        assertThat(ColorMap.named("viridis_r").lookup(0)).isEqualTo(0xfffde725);
        assertThat(reversed.reversed().name()).isEqualTo("viridis");
        assertThat(reversed.reversed().lookup(0.3)).isEqualTo(ColorMap.VIRIDIS.lookup(0.3));
        assertThatThrownBy(() -> ColorMap.named("rainbow")).hasMessageContaining("no colour map 'rainbow'");
    }

    @Test
    void scalesMapValuesLinearlyOrByDecade() {
        ColorScale linear = ColorScale.linear(-10, 10);
        assertThat(linear.fraction(0)).isEqualTo(0.5);
        assertThat(linear.fraction(50)).isEqualTo(1);
        assertThat(linear.fraction(Double.NaN)).isNaN();
        assertThat(linear.argb(Double.NaN, ColorMap.VIRIDIS)).isEqualTo(ColorMap.TRANSPARENT);
        assertThat(linear.argb(-10, ColorMap.VIRIDIS)).isEqualTo(0xff440154);

        ColorScale log = ColorScale.log(1, 1e4);
        assertThat(log.fraction(100)).isEqualTo(0.5);
        assertThat(log.fraction(0)).isZero();
        assertThat(log.fraction(-5)).isZero();
        assertThat(log.value(0.25)).isCloseTo(10, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> ColorScale.log(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    /** CIE L* of an sRGB colour. */
    private static double lightness(int argb) {
        double y = 0.2126 * linear(argb >>> 16 & 0xff) + 0.7152 * linear(argb >>> 8 & 0xff) + 0.0722 * linear(argb & 0xff);
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389 / 27;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
