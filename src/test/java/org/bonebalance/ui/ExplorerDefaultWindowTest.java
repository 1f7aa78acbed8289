package org.bonebalance.ui;

import javafx.stage.Stage;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * {@link ExplorerSmallWindowTest} in the window the app opens without --size (1280×800, light theme): the
 * 80 px more than 1280×720 go to the dials first, so their values read from the back of a classroom.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerDefaultWindowTest extends ExplorerSmallWindowTest {
    @Override String lang() { return "en"; }

    @Override int width() { return BoneBalanceApp.DEFAULT_WIDTH; }

    @Override int height() { return BoneBalanceApp.DEFAULT_HEIGHT; }

    /** About twice the 12-px least size of any text in a dial (at 1280×720 the values are 17 px). */
    @Override double leastDialValuePx() { return 24; }

    @Start
    void start(Stage stage) { open(stage); }
}
