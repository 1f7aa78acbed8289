package org.bonebalance.sim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.junit.jupiter.api.Test;

/** Each intent of the app model says what it did in the snapshot it returns, and keeps what it should. */
class AppModelIntentsTest {
    @Test
    void everyIntentReturnsTheSnapshotNowOnShow() {
        AppModel m = new AppModel(new Simulation());
        Snapshot sped = m.setSpeed(Speed.MONTH);
        assertSame(m.snapshot(), sped);
        assertEquals(Speed.MONTH, m.snapshot().speed());
        Snapshot played = m.togglePlaying();
        assertTrue(played.playing(), "toggling a paused model plays");
        assertSame(m.snapshot(), played);
        Snapshot paused = m.togglePlaying();
        assertFalse(paused.playing(), "and toggling again pauses");
        assertSame(m.snapshot(), paused);
        m.play();
        Snapshot p = m.pause();
        assertFalse(p.playing());
        assertFalse(m.simulation().isPlaying());
        Snapshot a = m.advanceDays(91.3125);
        assertSame(m.snapshot(), a);
        assertEquals(91.3125, a.elapsedDays(), 1e-9);
        Snapshot l = m.setLevels(HormoneLevels.POSTMENOPAUSAL);
        assertSame(m.snapshot(), l);
        assertEquals(HormoneLevels.POSTMENOPAUSAL, l.readout().levels());
        Snapshot r = m.reset();
        assertSame(m.snapshot(), r);
        assertEquals(0, r.elapsedDays(), 0);
        assertEquals(HormoneLevels.POSTMENOPAUSAL, r.readout().levels(), "a reset keeps the levels");
    }

    @Test
    void theQuestionSettingAndTheLessonAndConsultationAreKept() {
        AppModel m = new AppModel(new Simulation());
        assertFalse(m.askBeforeChanges());
        m.setAskBeforeChanges(true);
        assertTrue(m.askBeforeChanges());
        assertTrue(m.lesson().isEmpty());
        AppModel.Guide guide = () -> 3;
        m.setLesson(new AppModel.LessonProgress(guide, 1, HormoneLevels.PREMENOPAUSAL));
        assertEquals(1, m.lesson().orElseThrow().step());
        assertSame(guide, m.lesson().orElseThrow().lesson());
        assertTrue(m.existingConsultation().isEmpty(), "no consultation until one is asked for");
        var c = m.consultation();
        assertSame(c, m.consultation(), "one consultation per run");
        assertSame(c, m.existingConsultation().orElseThrow());
    }

    @Test
    void scrubbingPausesKeepsTheSpeedAndBackToNowRestoresEverything() {
        AppModel m = new AppModel(new Simulation());
        m.setSpeed(Speed.YEAR);
        m.play();
        for (int i = 0; i < 600; i++) m.step(1 / 60.0); // 10 s at a year a second
        Snapshot now = m.snapshot();
        double liveDays = now.elapsedDays();
        assertTrue(m.checkpoints() >= 30, "a checkpoint each quarter year: " + m.checkpoints());
        double siteDays = m.site().elapsedDays();
        double fieldTime = m.switchField().time();
        Snapshot past = m.scrubTo(liveDays / 2);
        assertFalse(past.playing(), "scrubbing pauses");
        assertFalse(m.simulation().isPlaying());
        assertEquals(liveDays / 2, past.elapsedDays(), 1e-6);
        assertEquals(Speed.YEAR, past.speed(), "the chosen speed stays");
        assertEquals(liveDays / 2, m.scrub().orElseThrow().momentDays(), 1e-6);
        assertEquals(liveDays / 2 / 365.25, m.scrub().orElseThrow().momentYears(), 1e-6);
        assertTrue(m.site().elapsedDays() < siteDays, "the site shows the moment too");
        m.setSpeed(Speed.MONTH);
        Snapshot back = m.backToNow();
        assertSame(m.snapshot(), back);
        assertEquals(liveDays, back.elapsedDays(), 1e-9);
        assertEquals(Speed.MONTH, back.speed(), "a speed chosen while looking back is kept");
        assertEquals(now.historySize(), back.historySize());
        assertEquals(siteDays, m.site().elapsedDays(), 1e-9);
        assertEquals(fieldTime, m.switchField().time(), 1e-9, "the switch field comes back as it was");
        assertTrue(m.scrub().isEmpty());
        assertSame(back, m.backToNow(), "back to now when live changes nothing");
        // past the end is now, before the start is the start
        assertTrue(m.scrubTo(liveDays * 2).elapsedDays() == liveDays && m.scrub().isEmpty());
        assertEquals(0, m.scrubTo(-5).elapsedDays(), 1e-9);
        m.backToNow();
        assertEquals(List.of(liveDays), List.of(m.snapshot().elapsedDays()));
    }
}
