package org.bonebalance.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@link ExplorerProjectorWindowTest} in the longer Spanish. */
@ExtendWith(ApplicationExtension.class)
class ExplorerProjectorWindowSpanishTest extends ExplorerProjectorWindowTest {
    @Override String lang() { return "es"; }

    @Override
    @Start
    void start(Stage stage) { open(stage); }
}
