package org.bonebalance.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bonebalance.content.Messages;
import org.bonebalance.io.consult.ConsultationJson;
import org.bonebalance.sim.consult.Consultation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    private int run(String... args) {
        return Commands.run("handout", args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, d.getNumberOfPages(), "one page");
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void makesAOnePagePdfWithTheKeyText() throws Exception {
        Path pdf = dir.resolve("h.pdf");
        assertEquals(0, run("--scenario", "assets/consultations/example-52.json", "--out", pdf.toString(), "--date", "2026-03-01"));
        String t = text(pdf);
        for (String key : new String[]{"Your bones: what hormone therapy could change", "March 1, 2026", "This is not medical advice",
                "At age 80", "No therapy", "Estrogen + progestogen, 52 to 60", "Out of 100 women like you",
                "12 of 100", "Cauley 2003", "Vinogradova 2025", "breast cancer, blood clots, stroke and heart disease",
                "What this model is, and what it is not", "T-score"}) {
            assertTrue(t.contains(key), "missing: " + key);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing on stderr when all is well");
    }

    /** A name with a character no font has: one line on stderr says so before writing, and the page has no '?'. */
    @Test
    void aCharacterNoFontHasIsNamedOnStderrAndTheHandoutIsStillWritten() throws Exception {
        var p = Consultation.example().person();
        Path json = dir.resolve("glyph.json");
        ConsultationJson.write(Consultation.example().withPerson(new org.bonebalance.sim.consult.Person("Ana \uD80C\uDC00",
                p.sex(), p.ageYears(), p.menopause(), p.menopauseAge(), p.measurement())), json);
        Path pdf = dir.resolve("g.pdf");
        assertEquals(0, run("--scenario", json.toString(), "--out", pdf.toString()), err.toString());
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(1, lines.length, err.toString());
        assertTrue(lines[0].startsWith("handout: ") && lines[0].contains("\uD80C\uDC00") && lines[0].contains("\u25A1"), lines[0]);
        String t = text(pdf);
        assertTrue(t.contains("For: Ana \u25A1"), t);
        assertFalse(t.contains("?"), t);
    }

    @Test
    void fitsOnLetterAndInSpanishWithAllThreeTherapiesAndAScan() throws Exception {
        Path json = dir.resolve("rich.json");
        ConsultationJson.write(org.bonebalance.io.consult.ConsultationJsonTest.rich(), json);
        Path pdf = dir.resolve("es.pdf");
        assertEquals(0, run("--scenario", json.toString(), "--out", pdf.toString(), "--paper", "letter", "--lang", "es"), err.toString());
        String t = text(pdf);
        assertTrue(t.contains("No es un consejo médico"), t);
        Path noRisk = dir.resolve("plain.json");
        ConsultationJson.write(Consultation.example(), noRisk);
        assertEquals(0, run("--scenario", noRisk.toString(), "--out", dir.resolve("p.pdf").toString(), "--paper", "letter"));
        assertFalse(text(dir.resolve("p.pdf")).contains("Out of 100"), "no arrays without an entered risk");
    }

    @Test
    void badInputExitsWithStatus2AndOneClearLine() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"bonebalance-consultation\",\"version\":9}");
        assertEquals(2, run("--scenario", bad.toString(), "--out", dir.resolve("x.pdf").toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("handout: bad.json: file version 9"), e);
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        err.reset();
        Files.writeString(bad, "{ not json");
        assertEquals(2, run("--scenario", bad.toString(), "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("handout: bad.json: not a consultation file"), err.toString());
        err.reset();
        Path invalid = dir.resolve("invalid.json");
        Files.writeString(invalid, ConsultationJson.toJson(Consultation.example()).replaceFirst("\"age\" : [0-9.]+", "\"age\" : 150"));
        assertEquals(2, run("--scenario", invalid.toString(), "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("handout: invalid.json: line 7: person.age must be between"), err.toString());
        err.reset();
        assertEquals(2, run("--scenario", bad.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("handout: usage:"));
        err.reset();
        assertEquals(2, run("--paper", "a3"));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
        err.reset();
        assertEquals(2, run("--scenario", "assets/consultations/example-52.json", "--out", "x.pdf", "--colour", "red"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("handout: unknown option \"--colour\""), err.toString());
        err.reset();
        assertEquals(2, run("--scenario", dir.resolve("missing.json").toString(), "--out", dir.resolve("y.pdf").toString()));
        assertEquals("handout: missing.json: file not found", err.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailureToWriteExitsWithStatus1() throws Exception {
        Path notADirectory = dir.resolve("file.txt");
        Files.writeString(notADirectory, "x");
        Path target = notADirectory.resolve("h.pdf");
        assertEquals(1, run("--scenario", "assets/consultations/example-52.json", "--out", target.toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("handout: cannot write " + target), e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
