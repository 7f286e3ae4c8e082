package org.heliodeck.plot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javafx.scene.paint.Color;
import org.heliodeck.plot.FxToolkit;
import org.heliodeck.plot.PixelRaster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PngExportTest {

    private static final int WHITE = 0xffffffff;

    @BeforeAll
    static void startFx() {
        FxToolkit.start();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 2})
    void drawsTheFigureAtItsScale(double scale) {
        BufferedImage image = PngExport.render((int) (200 * scale), (int) (100 * scale), scale, SampleFigure::draw);

        assertThat(image.getWidth()).isEqualTo((int) (200 * scale));
        assertThat(pixel(image, scale, 20, 20)).as("red rectangle").isEqualTo(0xffff0000);
        assertThat(pixel(image, scale, 5, 5)).as("ground").isEqualTo(WHITE);
        assertThat(pixel(image, scale, 50, 60)).as("blue line").isEqualTo(0xff0000ff);
        assertThat(pixel(image, scale, 160, 70)).as("inside the clip").isEqualTo(0xff00ff00);
        assertThat(pixel(image, scale, 145, 55)).as("outside the clip").isEqualTo(WHITE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 2})
    void rasterPixelsAreSharpBlocksComposedOverWhatIsUnder(double scale) {
        BufferedImage image = PngExport.render((int) (200 * scale), (int) (100 * scale), scale, SampleFigure::draw);

        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 4; column++) {
                int expected = SampleFigure.RASTER[row * 4 + column];
                double x = SampleFigure.RASTER_X + column * SampleFigure.BLOCK;
                double y = SampleFigure.RASTER_Y + row * SampleFigure.BLOCK;
                // Near the corners too: no smoothing bleeds a neighbour in. JavaFX's software pipeline
                // places the edges of magnified texels up to one device pixel late, hence the margin.
                double margin = 1.5 / scale;
                for (double[] at : new double[][] {{x + 5, y + 5}, {x + margin, y + margin}, {x + 10 - margin, y + 10 - margin}}) {
                    int actual = pixel(image, scale, at[0], at[1]);
                    if (expected == SampleFigure.TRANSLUCENT_RED) {
                        assertThat(actual >>> 8 & 0xff).as("half red over white, green").isBetween(0x7d, 0x82);
                        assertThat(actual >>> 16 & 0xff).isEqualTo(0xff);
                    } else if (expected >>> 24 == 0) {
                        assertThat(actual).as("transparent over white").isEqualTo(WHITE);
                    } else {
                        assertThat(actual).as("block %d,%d", column, row).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 2})
    void aRasterDrawnPixelForPixelKeepsEveryPixelTranslucentOnesToo(double scale) {
        BufferedImage image = PngExport.render((int) (10 * scale), (int) (6 * scale), scale,
                surface -> surface.drawRaster(SampleFigure.raster(), 3, 2, 4, 3));

        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int column = (int) (x / scale) - 3;
                int row = (int) (y / scale) - 2;
                boolean inside = column >= 0 && column < 4 && row >= 0 && row < 3;
                assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y)
                        .isEqualTo(inside ? SampleFigure.RASTER[row * 4 + column] : 0);
            }
        }
    }

    @Test
    void twoRastersOfOneSizeInOneFrameKeepTheirOwnPixels() {
        BufferedImage image = PngExport.render(20, 10, 1, surface -> {
            PixelRaster red = new PixelRaster(2, 2);
            java.util.Arrays.fill(red.pixels(), 0xffff0000);
            PixelRaster blue = new PixelRaster(2, 2);
            java.util.Arrays.fill(blue.pixels(), 0xff0000ff);
            surface.drawRaster(red, 0, 0, 10, 10);
            surface.drawRaster(blue, 10, 0, 10, 10);
        });

        assertThat(image.getRGB(5, 5)).isEqualTo(0xffff0000);
        assertThat(image.getRGB(15, 5)).isEqualTo(0xff0000ff);
    }

    @Test
    void leavesUndrawnPixelsTransparent() {
        BufferedImage image = PngExport.render(10, 10, 1, surface -> {
            surface.setFill(Color.RED);
            surface.fillRect(0, 0, 5, 10);
        });

        assertThat(image.getRGB(2, 5)).isEqualTo(0xffff0000);
        assertThat(image.getRGB(7, 5) >>> 24).isZero();
    }

    @Test
    void writesAPngWithItsResolution(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("figure.png");

        PngExport.write(file, 400, 200, 2, SampleFigure::draw);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(200);
        assertThat(image.getRGB(40, 40)).isEqualTo(0xffff0000);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            // 192 DPI: 7,559 pixels a metre.
            assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("7559");
            assertThat(physical.getAttribute("pixelsPerUnitYAxis")).isEqualTo("7559");
            assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
            reader.dispose();
        }
    }

    @Test
    void runsOnTheFxThreadWhenCalledThere() {
        BufferedImage image = FxToolkit.onFxThread(() -> PngExport.render(4, 4, 1, surface -> {
            surface.setFill(Color.BLUE);
            surface.fillRect(0, 0, 4, 4);
        }));

        assertThat(image.getRGB(1, 1)).isEqualTo(0xff0000ff);
    }

    private static int pixel(BufferedImage image, double scale, double x, double y) {
        return image.getRGB((int) (x * scale), (int) (y * scale));
    }
}
