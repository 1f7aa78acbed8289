package org.bonebalance.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@link ExplorerSmallWindowTest} in Spanish. */
@ExtendWith(ApplicationExtension.class)
class ExplorerSmallWindowSpanishTest extends ExplorerSmallWindowTest {
    @Override String lang() { return "es"; }

    @Start
    void start(Stage stage) { open(stage); }
}
