package org.bonebalance.ui.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.bonebalance.ui.shell.PerfMonitor;

/**
 * A bare JavaFX hello-world window, the baseline for the explorer's {@code --perf} numbers.
 * Started the same way (java -Dprism.order=sw under the same display), it measures exactly as
 * {@code --perf} does (end of the first pulse's layout minus JVM start; frame intervals of the pulses).
 * <pre>
 *   java -Dprism.order=sw -cp target/test-classes:CLASSPATH org.bonebalance.ui.bench.HelloWorldFirstFrame [SECONDS]
 * </pre>
 * Without SECONDS it exits after 30 frames (first-frame baseline); with SECONDS it changes its label every
 * frame for that long (a baseline for what frame rate the machine gives any window). Not a test, not shipped.
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
            org.bonebalance.ui.StartupTrace.mark("start() entered");
            List<String> args = getParameters().getRaw();
            double seconds = args.isEmpty() ? 0 : Double.parseDouble(args.get(0));
            PerfMonitor perf = new PerfMonitor(ManagementFactory.getRuntimeMXBean().getStartTime());
            Label label = new Label("Hello, world");
            Scene scene = new Scene(new StackPane(label), 1600, 1000);
            perf.watch(scene);
            stage.setScene(scene);
            stage.show();
            org.bonebalance.ui.StartupTrace.mark("stage shown");
            new AnimationTimer() {
                private long first = -1;

                @Override
                public void handle(long now) {
                    perf.frame(now);
                    if (first < 0) first = now;
                    label.setText("Hello, world " + perf.frames());
                    boolean done = seconds <= 0 ? perf.frames() >= 30 : (now - first) / 1e9 >= seconds;
                    if (done) {
                        stop();
                        perf.print(System.out);
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
