package org.heliodeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.plot.series.Palette;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heliodeck plot} draws real OMNI2 data into PNG, SVG and PDF files, headless. */
class PlotCommandTest {


    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @BeforeAll
    static void registerOmni2() {
        Main.newCommandLine().execute("archive", "add", SharedData.file("omni2-hourly/omni2_2003.dat").getParent().toString(),
                "--name", "omniPlot");
    }

    @AfterAll
    static void forgetOmni2() {
        Main.newCommandLine().execute("archive", "remove", "omniPlot");
    }

    @Test
    void aPngHasOnePanelPerProductInTheSeriesColours(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("halloween.png");
        assertThat(run("plot", "omniPlot/omni2_hourly/B_GSE", "omniPlot/omni2_hourly/Dst", "--start", "2003-10-27",
                "--stop", "2003-11-03", "-o", png.toString(), "--width", "800")).isZero();
        assertThat(cli.out()).contains("2 panels", "written to");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(52 + 2 * 190);
        int bz = Palette.argb(Palette.component(2)) & 0xffffff;
        boolean drawn = false;
        for (int y = 0; y < image.getHeight() && !drawn; y++) {
            for (int x = 0; x < image.getWidth() && !drawn; x++) {
                drawn = (image.getRGB(x, y) & 0xffffff) == bz;
            }
        }
        assertThat(drawn).as("Bz drawn in its colour").isTrue();
    }

    @Test
    void svgAndPdfAreVectorFigures(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("dst.svg");
        Path pdf = dir.resolve("dst.pdf");
        assertThat(run("plot", "omniPlot/omni2_hourly/Dst", "--start", "2003-10-27", "--stop", "2003-11-03", "-o", svg.toString()))
                .isZero();
        assertThat(run("plot", "omniPlot/omni2_hourly/Dst", "--start", "2003-10-27", "--stop", "2003-11-03", "-o", pdf.toString()))
                .isZero();
        String text = Files.readString(svg);
        assertThat(text).startsWith("<?xml").contains("<path", "Dst (nT)", "2003-10-30");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void badRequestsAreMessages(@TempDir Path dir) {
        assertThat(run("plot", "omniPlot/omni2_hourly/Dst", "--start", "2003-10-27", "--stop", "2003-11-03", "-o",
                dir.resolve("fig.gif").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("name it .png, .svg or .pdf");
        assertThat(run("plot", "omniPlot/omni2_hourly/Dst", "--start", "2030-01-01", "--stop", "2030-01-02", "-o",
                dir.resolve("fig.png").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("no data for omniPlot/omni2_hourly/Dst");
    }
}
