package org.bonebalance.ui.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A bare JavaFX hello-world window, the baseline for the explorer's first-frame time (issue 3): started the
 * same way (java -Dprism.order=sw under the same display), it prints first_frame_ms= measured exactly as
 * {@code --perf} does (first AnimationTimer pulse minus JVM start) and exits after a few frames.
 * Not a test and not shipped: run with the test class path.
 */
public final class HelloWorldFirstFrame {
    private HelloWorldFirstFrame() {}

    /** Like the app's Launcher, main is not in the Application class, so JavaFX runs from the class path. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 1600, 1000));
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (frames++ == 0) System.out.println("first_frame_ms=" + (System.currentTimeMillis() - jvmStart));
                if (frames == 30) {
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
    }
}
