package org.bonebalance.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.bonebalance.content.Messages;

/**
 * Why a file could not be written, in plain words for the person who asked for it: "the disk is full", not
 * "/home/x/.bonebalance/.autosave.json123.tmp". Java's file errors often carry only a path as their message.
 */
public final class WriteProblems {
    private WriteProblems() {}

    /** The reason in the current language, e.g. "the disk is full". */
    public static String why(IOException e) {
        String key = key(e);
        if (!key.equals("io.write.other")) return Messages.get(key);
        return Messages.get(key, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The bundle key for the reason (the rest of the words come from the caller's message). */
    static String key(IOException e) {
        String text = (e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() + " " : "")
                + (e.getMessage() == null ? "" : e.getMessage());
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("no space left") || t.contains("disk quota") || t.contains("not enough space")) return "io.write.full";
        if (t.contains("read-only file system")) return "io.write.readOnly";
        if (e instanceof AccessDeniedException || t.contains("permission denied") || t.contains("access is denied")) {
            return "io.write.denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || t.contains("not a directory")) {
            return "io.write.notFolder";
        }
        if (e instanceof NoSuchFileException) return "io.write.noFolder";
        return "io.write.other";
    }
}
