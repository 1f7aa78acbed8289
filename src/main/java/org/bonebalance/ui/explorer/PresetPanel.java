package org.bonebalance.ui.explorer;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Preset;

/** The ten presets, one click each, with the chosen one's description and whose ranges are shaded. */
public final class PresetPanel extends VBox {
    /** Two rows of five: every preset visible at once, even at 1280×720. */
    public static final int COLUMNS = 5;
    private final ToggleGroup group = new ToggleGroup();
    private final Label description = new Label();

    public PresetPanel(ExplorerViewModel vm) {
        getStyleClass().add("preset-panel");
        // no heading line: the ten named buttons say what they are, and at 1280×720 that line is the
        // bone-mass chart's; the group keeps its name for screen readers
        GridPane grid = new GridPane();
        grid.getStyleClass().add("preset-grid");
        grid.setAccessibleText(Messages.get("explorer.presets"));
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / COLUMNS);
            col.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(col);
        }
        Preset[] all = Preset.values();
        for (int i = 0; i < all.length; i++) {
            Preset p = all[i];
            ToggleButton b = new ToggleButton(Messages.get(p.nameKey()));
            b.setId("preset-" + p.id());
            b.setUserData(p);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("preset-button");
            b.setAccessibleHelp(Messages.get(p.descriptionKey()));
            // a click always chooses (clicking the chosen one again must not leave "no preset" selected)
            b.setOnAction(e -> {
                vm.choosePreset(p);
                b.setSelected(true);
            });
            grid.add(b, i % COLUMNS, i / COLUMNS);
        }
        description.setId("preset-description");
        description.getStyleClass().add("preset-description");
        description.setWrapText(true);
        description.setMinHeight(Label.USE_PREF_SIZE);
        description.textProperty().bind(vm.presetDescriptionProperty());

        getChildren().addAll(grid, description);
        vm.presetProperty().subscribe(p -> {
            for (var t : group.getToggles()) t.setSelected(t.getUserData() == p);
        });
    }

    /** The reference-profile chooser shown above the sliders. */
    public static ComboBox<ReferenceProfile> profileChooser(ExplorerViewModel vm) {
        ComboBox<ReferenceProfile> profile = new ComboBox<>();
        profile.setId("profile");
        profile.getItems().addAll(ReferenceProfile.values());
        profile.setCellFactory(l -> new ProfileCell());
        profile.setButtonCell(new ProfileCell());
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        profile.setAccessibleText(Messages.get("explorer.profile.label"));
        profile.setMaxWidth(Double.MAX_VALUE);
        return profile;
    }

    private static final class ProfileCell extends ListCell<ReferenceProfile> {
        @Override
        protected void updateItem(ReferenceProfile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.get(item.nameKey()));
        }
    }
}
