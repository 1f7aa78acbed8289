package org.bonebalance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppFilesTest {
    @TempDir Path dir;

    @Test
    void theExtensionDecidesElseTheFormatField() throws Exception {
        assertEquals(AppFiles.Kind.LESSON, AppFiles.kindOf(dir.resolve("missing.BONELESSON")));
        assertEquals(AppFiles.Kind.CONSULTATION, AppFiles.kindOf(dir.resolve("missing.boneconsult")));
        Path lesson = dir.resolve("lesson.json");
        Files.writeString(lesson, "{\n  \"format\" : \"bonebalance-lesson/1\",\n  \"id\": \"x\"}");
        assertEquals(AppFiles.Kind.LESSON, AppFiles.kindOf(lesson));
        Path consult = dir.resolve("consult.json");
        Files.writeString(consult, "{\"format\": \"bonebalance-consultation\"}");
        assertEquals(AppFiles.Kind.CONSULTATION, AppFiles.kindOf(consult));
        assertEquals(AppFiles.Kind.CONSULTATION, AppFiles.kindOf(dir.resolve("missing.json")));
    }

    @Test
    void savingAddsTheAppsExtensionUnlessTheUserTypedOneOfOurs() {
        assertEquals(dir.resolve("anna.boneconsult"), AppFiles.withExtension(dir.resolve("anna"), AppFiles.CONSULTATION_EXTENSION));
        assertEquals(dir.resolve("anna.BONECONSULT"), AppFiles.withExtension(dir.resolve("anna.BONECONSULT"), AppFiles.CONSULTATION_EXTENSION));
        assertEquals(dir.resolve("anna.json"), AppFiles.withExtension(dir.resolve("anna.json"), AppFiles.CONSULTATION_EXTENSION));
        assertEquals(dir.resolve("anna.txt.bonelesson"), AppFiles.withExtension(dir.resolve("anna.txt"), AppFiles.LESSON_EXTENSION));
    }
}
