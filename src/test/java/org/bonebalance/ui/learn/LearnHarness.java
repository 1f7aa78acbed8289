package org.bonebalance.ui.learn;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;

/** Builds the real window for TestFX tests, as BoneBalanceApp.start does, without starting the clock. */
final class LearnHarness {
    private LearnHarness() {}

    static MainWindow show(Stage stage, String... args) {
        Messages.setLocale(java.util.Locale.ENGLISH);
        MainWindow w = BoneBalanceApp.build(AppOptions.parse(args));
        Scene scene = new Scene(w.root(), 1280, 800);
        scene.getStylesheets().add(Theme.LIGHT.stylesheet());
        stage.setScene(scene);
        LearnFeatures.attach(w, stage, null);
        stage.show();
        stage.requestFocus();
        return w;
    }

    static LearnFeatures features(MainWindow w) { return LearnFeatures.of(w).orElseThrow(); }
}
