package org.bonebalance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be written is explained in plain words, not as a bare path (guide: nothing confusing). */
class WriteProblemsTest {
    @Test
    void commonCausesAreNamed() {
        assertEquals("the disk is full", WriteProblems.why(new IOException("No space left on device")));
        assertEquals("the disk is full",
                WriteProblems.why(new FileSystemException("/x/.a.tmp", null, "No space left on device")));
        assertEquals("that place can only be read, not written to",
                WriteProblems.why(new FileSystemException("/media/cd/a.json", null, "Read-only file system")));
        assertEquals("you do not have permission to save there", WriteProblems.why(new AccessDeniedException("/root/a.png")));
        assertEquals("that folder does not exist", WriteProblems.why(new NoSuchFileException("/nowhere/a.pdf")));
    }

    @Test
    void anythingElseKeepsTheSystemsWordsAfterAPlainOpening() {
        String why = WriteProblems.why(new IOException("Input/output error"));
        assertEquals("the system refused to write the file (Input/output error)", why);
    }

    @Test
    void aFileStandingWhereAFolderShouldBeIsSaidSo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file.resolve("out.json"), new byte[] {1}));
        assertEquals("part of that path is a file, not a folder", WriteProblems.why(e));
        assertTrue(Files.isRegularFile(file), "and nothing was changed");
    }
}
