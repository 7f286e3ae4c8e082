package org.heliodeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heliodeck app}: the window drawn off screen, and what it refuses before opening one. */
class AppCommandTest {


    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aBadRangeIsAMessageBeforeAnyWindow() {
        assertThat(run("app", "--range", "2003-02-30/2003-03-02")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).startsWith("heliodeck app: ").contains("2003-02-30");
    }

    @Test
    void screenshotDrawsTheLaidOutWindowIntoAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("window.png");

        assertThat(run("app", "--range", "2003-10-28/2003-11-02", "--theme", "dark", "--screenshot", png.toString())).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        // The dark theme's plot area (#141416) fills the window's right part, above the catalog browser.
        assertThat(image.getRGB(1000, 300) & 0xFFFFFF).isEqualTo(0x141416);
    }
}
