package org.bonebalance.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writing a file atomically: write a temporary file beside it, force its content to the disk, then move it
 * into place. Without the force, a power cut just after the move can leave an empty or partial file under
 * the final name (the rename may reach the disk before the data). Failures stay {@link IOException}s, so
 * callers word them with {@link WriteProblems}.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Puts bytes into the open temporary file; tests replace it to make a write fail half way. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    private static final ContentWriter ALL_BYTES = (ch, buf) -> {
        while (buf.hasRemaining()) ch.write(buf);
    };
    private static volatile ContentWriter contentWriter = ALL_BYTES;

    /**
     * Makes every following write put its bytes through {@code writer} (tests inject a failing disk with it)
     * until the returned handle is closed. Nothing in the app calls this.
     */
    public static Fault injectFault(ContentWriter writer) {
        contentWriter = writer;
        return () -> contentWriter = ALL_BYTES;
    }

    /** Ends an injected fault. */
    public interface Fault extends AutoCloseable {
        @Override void close();
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            writeAndForce(tmp, bytes);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes every byte and waits until the content is on the disk. */
    static void writeAndForce(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            contentWriter.write(ch, ByteBuffer.wrap(bytes));
            ch.force(false); // the content; its times and other metadata need not wait for the disk
        }
    }
}
