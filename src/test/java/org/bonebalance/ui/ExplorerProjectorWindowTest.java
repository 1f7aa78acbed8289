package org.bonebalance.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * {@link ExplorerSmallWindowTest} with the projector theme (20-px font) in a 1280×800 window, a common classroom
 * projector: the chart may be scrolled to, but nothing is cut, overlaps or breaks mid-word.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerProjectorWindowTest extends ExplorerSmallWindowTest {
    @Override String lang() { return "en"; }

    @Override int height() { return 800; }

    @Override String[] options() { return new String[] {"--theme", "projector"}; }

    @Override boolean chartFitsWithoutScrolling() { return false; }

    /** The time controls may wrap under the rest, no further. */
    @Override int toolbarRows() { return 2; }

    @Start
    void start(Stage stage) { open(stage); }
}
