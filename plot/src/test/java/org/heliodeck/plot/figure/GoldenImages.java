package org.heliodeck.plot.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Compares a rendered figure with the reference image kept in {@code src/test/resources/golden}:
 * at most {@link #TOLERATED} of the pixels may differ by more than {@link #CHANNEL_SLACK} in a
 * channel (font rasterisation differs a little between machines; a broken renderer changes far
 * more). Run with {@code -Dgolden.update=true} to write new references after a deliberate change,
 * then look at them before committing.
 */
final class GoldenImages {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path FAILURES = Path.of("target/golden-failures");
    private static final int CHANNEL_SLACK = 48;
    private static final double TOLERATED = 0.005;

    private GoldenImages() {}

    static void assertMatches(String name, BufferedImage actual) throws IOException {
        Path reference = GOLDEN.resolve(name + ".png");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            ImageIO.write(actual, "png", reference.toFile());
            return;
        }
        assertThat(reference).as("reference image (make it with -Dgolden.update=true)").exists();
        BufferedImage expected = ImageIO.read(reference.toFile());
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                boolean differs = differs(actual.getRGB(x, y), expected.getRGB(x, y));
                differing += differs ? 1 : 0;
                diff.setRGB(x, y, differs ? 0xff0000 : 0xffffff);
            }
        }
        double fraction = (double) differing / (actual.getWidth() * actual.getHeight());
        if (fraction > TOLERATED) {
            Files.createDirectories(FAILURES);
            ImageIO.write(actual, "png", FAILURES.resolve(name + ".actual.png").toFile());
            ImageIO.write(diff, "png", FAILURES.resolve(name + ".diff.png").toFile());
        }
        assertThat(fraction).as("fraction of pixels unlike %s (actual and diff in %s)", reference, FAILURES)
                .isLessThanOrEqualTo(TOLERATED);
    }

    private static boolean differs(int a, int b) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs((a >>> shift & 0xff) - (b >>> shift & 0xff)) > CHANNEL_SLACK) {
                return true;
            }
        }
        return false;
    }
}
