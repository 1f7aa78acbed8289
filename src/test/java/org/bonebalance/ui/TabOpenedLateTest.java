package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The remodeling site and the switch field move with the one clock whether their tab is open or not: a window
 * that opens them after a played while shows what one that had them open all along shows.
 */
@ExtendWith(ApplicationExtension.class)
class TabOpenedLateTest {
    private static final List<String> SHOWN = List.of("#cycle-status", "#cycle-deficit", "#cycle-depth",
            "#cycle-refill", "#cycle-count", "#switch-count-bound", "#switch-count-osteoclasts", "#switch-fusions",
            "#switch-drive", "#elapsed");

    /** Plays 20 simulated years with the estradiol of menopause on the given screen, then reads both screens. */
    private static List<String> playOn(String screen) {
        Messages.setLocale(Locale.ENGLISH);
        MainWindow w = BoneBalanceApp.build(AppOptions.parse(new String[] {"--screen", screen, "--speed", "1y"}));
        AppContext c = w.context();
        c.setLevels(c.levels().withEstradiol(10));
        c.play();
        for (int i = 0; i < 20 * 60; i++) c.advance(1 / 60.0);
        c.pause(); // a paused frame draws every number (playing, the side numbers skip frames)
        w.show("cycle");
        w.show("switch");
        new javafx.scene.Scene(w.root(), 1280, 800);
        w.root().applyCss(); // skins: every tab's content is in the scene graph (and found by lookup)
        List<String> texts = SHOWN.stream().map(id -> ((Label) w.root().lookup(id)).getText()).toList();
        w.dispose();
        return texts;
    }

    @Test
    void openedAtTheStartOrLaterTheyShowTheSame(FxRobot robot) {
        List<List<String>> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            seen.add(playOn("cycle"));
            seen.add(playOn("switch"));
            seen.add(playOn("explorer"));
        });
        assertEquals(seen.get(0), seen.get(2), "cycle open from the start / opened after 20 years");
        assertEquals(seen.get(1), seen.get(2), "switch open from the start / opened after 20 years");
    }
}
