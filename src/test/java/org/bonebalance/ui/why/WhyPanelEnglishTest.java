package org.bonebalance.ui.why;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@link WhyPanelTest} in English. */
@ExtendWith(ApplicationExtension.class)
class WhyPanelEnglishTest extends WhyPanelTest {
    @Override String lang() { return "en"; }

    @Start
    void start(Stage stage) { open(stage); }
}
