package org.heliodeck.plot.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.heliodeck.plot.PixelRaster;

/** A {@link PixelRaster} as an AWT image and as PNG bytes, for embedding in documents. */
final class RasterPng {

    private RasterPng() {
    }

    /** A copy of the raster: both hold straight (not premultiplied) ARGB, row after row from the top. */
    static BufferedImage image(PixelRaster raster) {
        BufferedImage image = new BufferedImage(raster.width(), raster.height(), BufferedImage.TYPE_INT_ARGB);
        int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(raster.pixels(), 0, target, 0, target.length);
        return image;
    }

    static byte[] encode(PixelRaster raster) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(raster), "png", png);
        } catch (IOException e) {
            // Writing to memory: only a broken PNG writer gets here.
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
