package org.bonebalance.ui.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.bonebalance.content.Messages;
import org.bonebalance.io.AtomicFiles;

/** Saves an image of a whole scene as PNG, atomically ({@link AtomicFiles}). FX thread only. */
public final class WindowSnapshot {
    private WindowSnapshot() {}

    public static void save(Scene scene, Path file) throws IOException {
        if (scene == null) throw new IOException(Messages.get("app.snapshot.notShown"));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", png)) {
            throw new IOException(Messages.get("app.snapshot.noPng"));
        }
        AtomicFiles.write(file, png.toByteArray());
    }
}
