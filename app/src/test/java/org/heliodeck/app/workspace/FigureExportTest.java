package org.heliodeck.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.ascii.Omni2Codec;
import org.heliodeck.plot.figure.Figure;
import org.heliodeck.plot.figure.Panel;
import org.heliodeck.plot.figure.SeriesLayer;
import org.heliodeck.plot.figure.Theme;
import org.heliodeck.plot.series.Palette;
import org.heliodeck.plot.series.VectorSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.w3c.dom.Document;

/** The 2003 Halloween storm's solar wind in OMNI2 hourly data, exported as PNG, SVG and PDF. */
// TestFX starts the JavaFX toolkit, as for the other tests of this module, before the export asks for it.
@ExtendWith(ApplicationExtension.class)
class FigureExportTest {

    private static final TimeRange STORM = TimeRange.of("2003-10-27", "2003-11-03");

    private static Figure figure;

    @TempDir
    Path dir;

    @BeforeAll
    static void readOmni2() throws IOException {
        DataSet omni = new Omni2Codec().read(SharedData.file("omni2-hourly/omni2_2003.dat"));
        figure = new Figure(List.of(
                Panel.of("V (km/s)", new SeriesLayer(VectorSeries.of(variable(omni, "V")))),
                Panel.of("Np (cm⁻³)", new SeriesLayer(VectorSeries.of(variable(omni, "N_p")))).withLogY(true)),
                STORM, Theme.LIGHT);
    }

    @Test
    void aPngAtTwiceTheLayoutSizeShowsTheSeries() throws IOException {
        Path file = dir.resolve("storm.png");

        FigureExport.write(file, figure, 500, 300, FigureExport.DEFAULT_PNG_SCALE);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        int series = Palette.argb(Palette.component(0)) & 0xffffff;
        int seriesPixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seriesPixels += (image.getRGB(x, y) & 0xffffff) == series ? 1 : 0;
            }
        }
        assertThat(seriesPixels).as("pixels in the series colour").isGreaterThan(500);
    }

    @Test
    void anSvgHasTheSeriesAsLinesAndTheTitlesAsText() throws Exception {
        Path file = dir.resolve("storm.SVG");

        FigureExport.write(file, figure, 500, 300, FigureExport.DEFAULT_PNG_SCALE);

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("500");
        assertThat(svg.getElementsByTagName("path").getLength() + svg.getElementsByTagName("polyline").getLength())
                .isPositive();
        assertThat(svg.getElementsByTagName("text").getLength()).isPositive();
        assertThat(svg.getDocumentElement().getTextContent()).contains("V (km/s)");
    }

    @Test
    void aPdfIsOnePageWithThePanelTitles() throws IOException {
        Path file = dir.resolve("storm.pdf");

        FigureExport.write(file, figure, 500, 300, FigureExport.DEFAULT_PNG_SCALE);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(500f);
            assertThat(new PDFTextStripper().getText(pdf)).contains("V (km/s)");
        }
    }

    @Test
    void anUnknownExtensionIsRefusedByName() {
        Path file = dir.resolve("storm.bmp");

        assertThatThrownBy(() -> FigureExport.write(file, figure, 500, 300, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("unknown extension '.bmp'");
        assertThat(Files.exists(file)).isFalse();
    }

    private static Variable variable(DataSet data, String name) {
        return data.variable(name).orElseThrow(() -> new IllegalArgumentException("no " + name + " in " + data));
    }
}
