package org.heliodeck.plot.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.NullSurface;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.junit.jupiter.api.Test;

/**
 * Zones: each wide one filled with its edges and label; crowds of narrow ones filled as one run;
 * hatched zones (suggestions) are diagonal lines inside their span and dashed edges, no fill.
 */
class ZoneLayerTest {

    private static final TimeRange DAY = TimeRange.of("2003-10-29", "2003-10-30");
    private static final long HOUR = 3_600_000_000_000L;
    /** 1000 px for a day: 24 h at 41.7 px each. */
    private static final PanelFrame FRAME = new PanelFrame(new TimeMapping(DAY, 100, 1000), new ValueMapping(0, 1, false, 20, 200));

    @Test
    void aWideZoneIsFilledBetweenItsEdgesWithItsLabel() {
        Recording s = new Recording();
        new ZoneLayer("storms", Color.GREEN, List.of(zone(2, 8, "main phase"))).drawVector(FRAME, s, false);

        assertThat(s.fills).singleElement().satisfies(r -> {
            assertThat(r[0]).isCloseTo(100 + 2000 / 24.0, within(1e-6));
            assertThat(r[2]).isCloseTo(6000 / 24.0, within(1e-6));
        });
        assertThat(s.lines).hasSize(2);
        assertThat(s.texts).containsExactly("main phase");
    }

    @Test
    void crowdedNarrowZonesAreOneRunWithItsOuterEdges() {
        Recording s = new Recording();
        // 2000 zones of 10 s, 43 s apart: 0.5 px apart on the panel.
        List<ZoneLayer.Zone> crowd = IntStream.range(0, 2000).mapToObj(i -> new ZoneLayer.Zone(
                new TimeRange(DAY.start() + i * 43_000_000_000L, DAY.start() + i * 43_000_000_000L + 10_000_000_000L), "e" + i))
                .toList();
        new ZoneLayer("crowd", Color.GREEN, crowd).drawVector(FRAME, s, false);

        assertThat(s.fills).hasSize(1);
        assertThat(s.lines).hasSize(2);
        assertThat(s.texts).isEmpty();
    }

    @Test
    void zonesApartStayApartAndOutOfViewAreLeftOut() {
        Recording s = new Recording();
        new ZoneLayer("two", Color.GREEN, List.of(zone(1, 2, ""), zone(5, 6, ""), zone(30, 31, ""))).drawVector(FRAME, s, false);

        assertThat(s.fills).hasSize(2);
        assertThat(s.lines).hasSize(4);
    }

    @Test
    void aHatchedZoneIsDiagonalLinesInsideItsSpanBetweenDashedEdges() {
        Recording s = new Recording();
        new ZoneLayer("suggested", Color.RED, List.of(zone(2, 8, "0.8")), ZoneLayer.Style.HATCHED).drawVector(FRAME, s, false);

        double x0 = 100 + 2000 / 24.0;
        double x1 = 100 + 8000 / 24.0;
        assertThat(s.fills).isEmpty();
        List<double[]> diagonals = s.lines.stream().filter(l -> l[0] != l[2]).toList();
        List<double[]> edges = s.lines.stream().filter(l -> l[0] == l[2]).toList();
        // One line every 8 px of x + y across a 250 × 200 px span.
        assertThat(diagonals).hasSizeBetween((int) ((x1 - x0 + 200) / 8) - 1, (int) ((x1 - x0 + 200) / 8) + 1);
        for (double[] l : diagonals) {
            assertThat(l[0]).isBetween(x0 - 1e-9, x1 + 1e-9);
            assertThat(l[2]).isBetween(x0 - 1e-9, x1 + 1e-9);
            assertThat(l[1]).isBetween(20 - 1e-9, 220 + 1e-9);
            assertThat(l[3]).isBetween(20 - 1e-9, 220 + 1e-9);
            assertThat(l[0] + l[1]).as("rising at 45°").isCloseTo(l[2] + l[3], within(1e-9));
        }
        assertThat(edges).extracting(l -> l[0]).containsExactly(x0, x1);
        assertThat(s.dashesAtEdges).allSatisfy(d -> assertThat(d).isNotEmpty());
        assertThat(s.dashes).as("left solid for the next layer").isEmpty();
        assertThat(s.texts).containsExactly("0.8");
    }

    @Test
    void aHatchedZoneDrawnLeavesTheDataBetweenItsLinesUntinted() {
        java.awt.image.BufferedImage image = org.heliodeck.plot.export.PngExport.render(1200, 240, 1, surface -> {
            surface.setFill(Color.WHITE);
            surface.fillRect(0, 0, 1200, 240);
            new ZoneLayer("suggested", Color.RED, List.of(zone(2, 8, "")), ZoneLayer.Style.HATCHED).drawVector(FRAME, surface, false);
        });
        int red = 0;
        int white = 0;
        for (int y = 30; y < 190; y++) {
            for (int x = 200; x < 320; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                red += (rgb >> 16 & 0xff) > 200 && (rgb & 0xff) < 180 ? 1 : 0;
                white += rgb == 0xffffff ? 1 : 0;
            }
        }
        int all = 160 * 120;
        assertThat(red).as("hatch lines inside the zone").isGreaterThan(all / 20);
        assertThat(white).as("untouched background between them").isGreaterThan(all / 2);
        for (int y = 30; y < 190; y++) {
            assertThat(image.getRGB(150, y) & 0xffffff).as("left of the zone").isEqualTo(0xffffff);
        }
    }

    private static ZoneLayer.Zone zone(int fromHour, int toHour, String label) {
        return new ZoneLayer.Zone(new TimeRange(DAY.start() + fromHour * HOUR, DAY.start() + toHour * HOUR), label);
    }

    /** Records the rectangles filled, lines stroked and texts written; text 6 px a character. */
    private static final class Recording extends NullSurface {
        final List<double[]> fills = new ArrayList<>();
        final List<double[]> lines = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<double[]> dashesAtEdges = new ArrayList<>();
        double[] dashes = {};

        @Override
        public void setLineDashes(double... value) {
            dashes = value.clone();
        }

        @Override
        public void strokeLine(double x0, double y0, double x1, double y1) {
            lines.add(new double[] {x0, y0, x1, y1});
            if (x0 == x1) {
                dashesAtEdges.add(dashes);
            }
        }

        @Override
        public void fillRect(double x, double y, double w, double h) {
            fills.add(new double[] {x, y, w, h});
        }

        @Override
        public void fillText(String text, double x, double y, TextAlignment align, VPos baseline) {
            texts.add(text);
        }

        @Override
        public double textWidth(String text) {
            return text.length() * 6;
        }
    }
}
