package org.bonebalance.ui.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.bonebalance.ui.shell.BoneBalanceApp;

/**
 * Which parts of the window are laid out again while it runs: the app, started with the given arguments, and
 * after 4 s, for 300 pulses, a count of the pulses in which each node needed a layout (checked just before
 * the layout pass). A node laid out in most pulses while nothing changes size is a relayout to look at.
 * <pre>
 *   java -Dprism.order=sw -cp target/test-classes:target/classes:CLASSPATH org.bonebalance.ui.bench.LayoutProbe \
 *       --screen explorer --size 1600x1000 --speed 1y
 * </pre>
 * Prints one line per node ("pulses  Class#id.style-class  in  nearest-ancestor-with-id"). Not a test, not shipped.
 */
public final class LayoutProbe {
    private LayoutProbe() {}

    private static final int PULSES = 300;

    public static void main(String[] args) {
        Thread probe = new Thread(() -> {
            pause(4000);
            Map<String, Integer> counts = new TreeMap<>();
            int[] pulses = {0};
            Platform.runLater(() -> {
                Scene scene = Window.getWindows().getFirst().getScene();
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    if (++pulses[0] > PULSES) {
                        scene.removePreLayoutPulseListener(listener[0]);
                        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                                .limit(40).forEach(e -> System.out.printf("%4d  %s%n", e.getValue(), e.getKey()));
                        System.out.println("pulses: " + PULSES);
                        Platform.exit();
                        return;
                    }
                    walk(scene.getRoot(), counts);
                };
                scene.addPreLayoutPulseListener(listener[0]);
            });
        }, "layout-probe");
        probe.setDaemon(true);
        probe.start();
        BoneBalanceApp.launchApp(args);
    }

    private static void walk(Node n, Map<String, Integer> counts) {
        if (!(n instanceof Parent p)) return;
        if (p.isNeedsLayout()) counts.merge(name(p) + (p.getId() == null ? children(p) : "") + "  in  " + owner(p), 1, Integer::sum);
        for (Node c : p.getChildrenUnmodifiable()) walk(c, counts);
    }

    private static String name(Node n) {
        return n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : "")
                + (n.getStyleClass().isEmpty() ? "" : "." + n.getStyleClass().getFirst());
    }

    /** A node without an id is told by what it holds: its first three children. */
    private static String children(Parent p) {
        return p.getChildrenUnmodifiable().stream().limit(3).map(LayoutProbe::name)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String owner(Node n) {
        for (Node a = n.getParent(); a != null; a = a.getParent()) if (a.getId() != null) return name(a);
        return "-";
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
