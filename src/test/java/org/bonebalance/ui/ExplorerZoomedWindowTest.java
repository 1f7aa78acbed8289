package org.bonebalance.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@link ExplorerSmallWindowTest} in the light theme zoomed to a 20-px font (Ctrl +) in a 1280×800 window. */
@ExtendWith(ApplicationExtension.class)
class ExplorerZoomedWindowTest extends ExplorerSmallWindowTest {
    @Override String lang() { return "en"; }

    @Override int height() { return 800; }

    @Override double zoom() { return 4 / 3.0; }

    @Override boolean chartFitsWithoutScrolling() { return false; }

    /** The time controls may wrap under the rest, no further. */
    @Override int toolbarRows() { return 2; }

    @Start
    void start(Stage stage) { open(stage); }
}
