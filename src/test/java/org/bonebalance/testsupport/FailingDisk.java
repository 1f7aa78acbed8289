package org.bonebalance.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bonebalance.io.AtomicFiles;

/**
 * A disk that fills up in the middle of a write: the first half of the bytes reach the file, then the write
 * fails as Linux reports a full disk. Used to check that every place that saves leaves the previous file whole.
 */
public final class FailingDisk {
    private FailingDisk() {}

    public static final String REASON = "No space left on device";

    /** Bytes put into a file while the fault was on, counted so a test can tell the fault was reached. */
    private static volatile long written;

    /** Until closed, every atomic write stops half way with "No space left on device". */
    public static AtomicFiles.Fault fullHalfWay() {
        written = 0;
        return AtomicFiles.injectFault((channel, bytes) -> {
            int half = bytes.remaining() / 2;
            ByteBuffer first = bytes.slice(bytes.position(), half);
            while (first.hasRemaining()) written += channel.write(first);
            channel.force(false);
            throw new IOException(REASON);
        });
    }

    /** Bytes written before the injected failure (0 when no write reached the disk's writer). */
    public static long writtenBeforeFailure() {
        return written;
    }

    /** Every file in the folder (not below), name to content. */
    public static Map<String, String> contents(Path dir) {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (Files.isRegularFile(p)) m.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The folder holds exactly what it held before: the previous file whole, no part or temporary file. */
    public static void assertUnchanged(Map<String, String> before, Path dir) {
        assertTrue(written > 0, "the failing write was reached (a write that bypasses the atomic writer is not)");
        assertEquals(before, contents(dir), "the previous file is intact and complete");
    }
}
