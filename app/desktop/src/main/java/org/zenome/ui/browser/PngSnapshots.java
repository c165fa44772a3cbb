package org.zenome.ui.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** Writes a JavaFX image as PNG through {@code javax.imageio} (no Swing bridge needed). */
public final class PngSnapshots {
    private PngSnapshots() {
    }

    /** The image as an ARGB {@link BufferedImage}. */
    public static BufferedImage toBufferedImage(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        if (reader == null || w <= 0 || h <= 0) {
            throw new IllegalArgumentException("the image has no readable pixels");
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** PNG bytes of the image. */
    public static byte[] png(Image image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(image, bytes);
        return bytes.toByteArray();
    }

    public static void write(Image image, OutputStream out) throws IOException {
        if (!ImageIO.write(toBufferedImage(image), "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    public static void write(Image image, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(image, out);
        }
    }
}
