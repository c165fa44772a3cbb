package org.zenome.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting, FX-thread calls and screenshots shared by the desktop's TestFX tests. */
public final class FxTestSupport {
    /** Where the tests' screenshots go (looked at by people, not compared). */
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final long TIMEOUT_SECONDS = 60;

    private FxTestSupport() {
    }

    /** Waits until the condition holds, letting pending FX events run between checks. */
    public static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** Runs the call on the FX thread and returns its result. */
    public static <T> T fxCall(Callable<T> call) throws InterruptedException, ExecutionException, TimeoutException {
        return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Writes a PNG of the scene to target/screenshots/NAME. */
    public static Path screenshot(Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        new FxRobot().interact(() -> image[0] = scene.snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        Files.createDirectories(SCREENSHOTS);
        Path out = SCREENSHOTS.resolve(name);
        ImageIO.write(buffered, "png", out.toFile());
        return out;
    }

    /** Writes a PNG of the window's scene to target/screenshots/NAME. */
    public static Path screenshot(Window window, String name) throws IOException {
        return screenshot(window.getScene(), name);
    }
}
