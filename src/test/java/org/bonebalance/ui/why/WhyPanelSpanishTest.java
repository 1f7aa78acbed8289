package org.bonebalance.ui.why;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@link WhyPanelTest} in Spanish. */
@ExtendWith(ApplicationExtension.class)
class WhyPanelSpanishTest extends WhyPanelTest {
    @Override String lang() { return "es"; }

    @Start
    void start(Stage stage) { open(stage); }
}
