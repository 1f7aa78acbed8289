package org.bonebalance.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writing: the whole content lands under the final name, an old file is replaced, no temp file stays. */
class AtomicFilesTest {
    @Test
    void writesEveryByteAndReplacesTheOldFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub/out.bin");
        AtomicFiles.write(target, "old and longer content".getBytes());
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(big);
        AtomicFiles.write(target, big);
        assertArrayEquals(big, Files.readAllBytes(target));
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of(target), s.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void theForcedWriteTruncatesWhatWasThere(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "0123456789");
        AtomicFiles.writeAndForce(f, "ab".getBytes());
        assertEquals("ab", Files.readString(f));
    }
}
