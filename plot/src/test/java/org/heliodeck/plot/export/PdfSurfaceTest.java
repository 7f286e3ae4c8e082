package org.heliodeck.plot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.heliodeck.plot.FxToolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSurfaceTest {

    @BeforeAll
    static void startFx() {
        FxToolkit.start();
    }

    @Test
    void aPageInPointsOfTheFigureSize() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(draw())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(200f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(100f);
        }
    }

    @Test
    void textKeepsUnitsWithSuperscriptsAndMicro() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(draw())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("µs", "cm⁻³", SampleFigure.ESCAPED);
        }
    }

    @Test
    void drawsWithYDownAsOnScreen() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(draw())) {
            // 72 DPI: one image pixel a point.
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);

            assertThat(page.getRGB(20, 20)).as("red rectangle").isEqualTo(0xffff0000);
            assertThat(page.getRGB(20, 80)).as("below it, ground").isEqualTo(0xffffffff);
            assertThat(page.getRGB(160, 70)).as("inside the clip").isEqualTo(0xff00ff00);
            assertThat(page.getRGB(145, 55)).as("outside the clip").isEqualTo(0xffffffff);
            assertThat(page.getRGB(125, 15)).as("first raster pixel").isEqualTo(0xffff0000);
            assertThat(page.getRGB(155, 35)).as("last raster pixel").isEqualTo(0xffff8000);
        }
    }

    @Test
    void translucentColoursComposeOverWhatIsUnder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSurface.write(out, 20, 10, surface -> {
            surface.setFill(javafx.scene.paint.Color.WHITE);
            surface.fillRect(0, 0, 20, 10);
            surface.setFill(javafx.scene.paint.Color.rgb(255, 0, 0, 0.5));
            surface.fillRect(0, 0, 10, 10);
            surface.setFill(javafx.scene.paint.Color.BLUE);
            surface.fillRect(10, 0, 10, 10);
        });

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);

            assertThat(page.getRGB(5, 5) >>> 8 & 0xff).as("half red over white, green").isBetween(0x7e, 0x81);
            assertThat(page.getRGB(15, 5)).as("opaque again").isEqualTo(0xff0000ff);
        }
    }

    @Test
    void embedsTheRasterLosslessAndUninterpolated() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(draw())) {
            List<PDImageXObject> images = images(pdf.getPage(0));

            assertThat(images).hasSize(1);
            PDImageXObject image = images.get(0);
            assertThat(image.getInterpolate()).isFalse();
            BufferedImage pixels = image.getImage();
            assertThat(pixels.getWidth()).isEqualTo(4);
            assertThat(pixels.getHeight()).isEqualTo(3);
            int[] argb = pixels.getRGB(0, 0, 4, 3, null, 0, 4);
            for (int i = 0; i < argb.length; i++) {
                int expected = SampleFigure.RASTER[i];
                if (expected >>> 24 == 0) {
                    assertThat(argb[i] >>> 24).as("pixel %d transparent", i).isZero();
                } else {
                    assertThat(argb[i]).as("pixel %d", i).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void measuresTextAsItIsSet() throws IOException {
        try (PDDocument document = new PDDocument(); PdfSurface surface = new PdfSurface(document, 100, 100)) {
            surface.setFont(Font.font(10));
            double small = surface.textWidth("1000 km/s");
            surface.setFont(Font.font(20));

            assertThat(small).isPositive();
            assertThat(surface.textWidth("1000 km/s")).isCloseTo(2 * small, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void withoutAnEmbeddableFontUnitsAreSpelledInAscii() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        assertThat(PdfFonts.encodable(helvetica, "n (cm⁻³) 10⁻¹² µs 45°")).isEqualTo("n (cm^-3) 10^-12 µs 45°");
        assertThat(PdfFonts.encodable(helvetica, "→\t")).isEqualTo("??");
    }

    @Test
    void withoutAFontOnTheMachinePdfBoxsOwnIsEmbeddedAndSuperscriptsSpelled() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            try (PdfSurface surface = new PdfSurface(document, new PdfFonts(document, List.of()), 100, 50)) {
                surface.setFont(Font.font(10));
                surface.fillText("n (cm⁻³) 45° µs", 5, 20, javafx.scene.text.TextAlignment.LEFT, javafx.geometry.VPos.BASELINE);
            }
            document.save(out);
        }

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("n (cm^-3) 45° µs");
            COSName font = pdf.getPage(0).getResources().getFontNames().iterator().next();
            assertThat(pdf.getPage(0).getResources().getFont(font).getName()).contains("LiberationSans");
        }
    }

    @Test
    void writesAFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("figure.pdf");

        PdfSurface.write(file, SampleFigure.WIDTH, SampleFigure.HEIGHT, SampleFigure::draw);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("cm⁻³");
        }
    }

    private static byte[] draw() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSurface.write(out, SampleFigure.WIDTH, SampleFigure.HEIGHT, SampleFigure::draw);
        return out.toByteArray();
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }
}
