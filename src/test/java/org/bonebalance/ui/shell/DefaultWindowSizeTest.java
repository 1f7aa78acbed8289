package org.bonebalance.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Without --size the window fits the screen it opens on, so its title bar and menus are never off it. */
class DefaultWindowSizeTest {
    @Test
    void aLargeScreenGetsTheDefaultSize() {
        assertArrayEquals(new double[] {1280, 800}, BoneBalanceApp.defaultSize(1920, 1040), 1e-9);
    }

    @Test
    void aSmallLaptopScreenGetsAWindowThatFitsOnIt() {
        assertArrayEquals(new double[] {1280, 720 - BoneBalanceApp.DECORATION_ALLOWANCE},
                BoneBalanceApp.defaultSize(1280, 720), 1e-9);
        assertArrayEquals(new double[] {1024, 768 - BoneBalanceApp.DECORATION_ALLOWANCE},
                BoneBalanceApp.defaultSize(1024, 768), 1e-9);
    }
}
