package org.bonebalance.ui.explorer;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Speed;
import org.bonebalance.ui.ToolbarFlow;

/**
 * Play/pause (Space), step, reset all, speed, and the clock: how much simulated time passes per real
 * second and how much has passed. Lives in the window's toolbar so it serves every screen; its items flow
 * there one by one (the clock moves to a second row when a big font leaves no room beside the buttons).
 */
public final class TimeControlsView extends ToolbarFlow.Group {
    private final Button play = new Button();
    private final Button step = new Button(Messages.get("explorer.time.step"));
    private final Button reset = new Button(Messages.get("explorer.time.reset"));
    private final ComboBox<Speed> speed = new ComboBox<>();
    private final StableLabel clock = new StableLabel(1, "clock");
    private final StableLabel elapsed = new StableLabel(1, "elapsed");

    public TimeControlsView(TimeControlsViewModel vm) {
        super(8);
        getStyleClass().add("time-controls");
        play.setId("play");
        play.getStyleClass().add("play-button");
        lazyTooltip(play, "explorer.time.play.tip");
        play.setOnAction(e -> vm.togglePlaying());
        step.setId("step");
        lazyTooltip(step, "explorer.time.step.tip");
        step.setOnAction(e -> vm.step());
        reset.setId("reset");
        lazyTooltip(reset, "explorer.time.reset.tip");
        reset.setOnAction(e -> vm.resetAll());
        speed.setId("speed");
        speed.getItems().addAll(Speed.values());
        speed.setCellFactory(l -> new SpeedCell());
        speed.setButtonCell(new SpeedCell());
        speed.setAccessibleText(Messages.get("explorer.time.speed"));
        speed.setOnAction(e -> vm.setSpeed(speed.getValue()));
        Label speedLabel = new Label(Messages.get("explorer.time.speed"));
        speedLabel.setLabelFor(speed);
        clock.label().setId("clock");
        elapsed.label().setId("elapsed");
        VBox clockBox = new VBox(0, clock, elapsed);
        clockBox.getStyleClass().add("clock-box");
        getChildren().addAll(play, step, reset, speedLabel, speed, clockBox);
        // the controls keep their words (a cut-off "Avan..." button is worse than a cut-off status line); when
        // the toolbar is short of room the clock moves to the next row
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {play, step, reset, speedLabel, speed}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        buildBackToNow(vm);

        vm.playingProperty().subscribe(p -> {
            play.setText(Messages.get(p ? "explorer.time.pause" : "explorer.time.play"));
            play.setGraphic(p ? pauseIcon() : playIcon());
            play.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("playing"), p);
        });
        vm.speedProperty().subscribe(s -> { if (s != null && speed.getValue() != s) speed.setValue(s); });
        vm.clockProperty().subscribe(clock::setText);
        vm.elapsedProperty().subscribe(elapsed::setText);
    }

    /**
     * While a past moment is on show the clock says which and with which levels Play goes on; Back to now sits
     * beside it (hidden, taking no room, while live).
     */
    private void buildBackToNow(TimeControlsViewModel vm) {
        Button now = new Button(Messages.get("explorer.scrub.now"));
        now.setId("back-to-now");
        now.getStyleClass().add("back-to-now");
        lazyTooltip(now, "explorer.scrub.now.tip");
        now.setOnAction(e -> vm.scrub().backToNow());
        now.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        now.visibleProperty().bind(vm.scrub().scrubbingProperty());
        now.managedProperty().bind(vm.scrub().scrubbingProperty());
        getChildren().add(now);
        clock.label().pseudoClassStateChanged(SCRUBBED, false);
        vm.scrub().scrubbingProperty().subscribe(b -> {
            clock.label().pseudoClassStateChanged(SCRUBBED, b);
            elapsed.label().pseudoClassStateChanged(SCRUBBED, b);
            // the clock's words change length: its box takes their width again (it only grows by itself)
            clock.requestLayout();
            elapsed.requestLayout();
        });
    }

    private static final javafx.css.PseudoClass SCRUBBED = javafx.css.PseudoClass.getPseudoClass("scrubbed");

    /** The hint as accessible help now, and as a tooltip once the pointer first comes (tooltips are slow to build). */
    private static void lazyTooltip(Button b, String key) {
        String tip = Messages.get(key);
        b.setAccessibleHelp(tip);
        b.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
            if (b.getTooltip() == null) {
                Tooltip t = new Tooltip(tip);
                b.setTooltip(t);
            }
        });
    }

    private static javafx.scene.Node playIcon() {
        javafx.scene.shape.Polygon t = new javafx.scene.shape.Polygon(0, 0, 11, 6.5, 0, 13);
        t.getStyleClass().add("time-icon");
        return t;
    }

    private static javafx.scene.Node pauseIcon() {
        javafx.scene.shape.Rectangle a = new javafx.scene.shape.Rectangle(0, 0, 4, 13);
        javafx.scene.shape.Rectangle b = new javafx.scene.shape.Rectangle(7, 0, 4, 13);
        a.getStyleClass().add("time-icon");
        b.getStyleClass().add("time-icon");
        return new javafx.scene.Group(a, b);
    }

    private static final class SpeedCell extends ListCell<Speed> {
        @Override
        protected void updateItem(Speed item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : TimeControlsViewModel.speedName(item));
        }
    }
}
