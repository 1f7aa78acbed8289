package org.bonebalance.ui.explorer;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.fonts.Fonts;
import eu.hansolo.tilesfx.skins.GaugeTileSkin;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;

/**
 * TilesFX's gauge with tick numbers a person can read. The stock skin sizes the numbers at the dial's ends
 * to 7 % of the tile (5 px on a 1280-px window's card) and offers no setting for it; this skin lets the
 * stock one lay them out, then sets them to at least {@link #MIN_TICK_PX} and centres them again on the
 * same points. Nothing else changes. (The threshold's little number box is turned off in {@link GaugesView}:
 * at a readable size it would collide with the end numbers, and the words under each gauge say "usual".)
 */
public final class ReadableGaugeSkin extends GaugeTileSkin {
    /** The least size of the numbers under the dial, px. */
    public static final double MIN_TICK_PX = 12;

    public ReadableGaugeSkin(Tile tile) {
        super(tile);
    }

    @Override
    protected void resizeStaticText() {
        super.resizeStaticText();
        enlargeTicks();
    }

    private String tick(double v) {
        return String.format(locale, tickLabelFormatString, v);
    }

    private double tickPx() {
        return Math.max(MIN_TICK_PX, size * 0.09);
    }

    /** The min and max numbers: same centre, bigger font (the stock skin centres them by translation). */
    private void enlargeTicks() {
        if (pane == null) return;
        String min = tick(tile.getMinValue()), max = tick(tile.getMaxValue());
        for (Node n : pane.getChildren()) {
            if (n instanceof Text t && t.isVisible() && (t.getText().equals(min) || t.getText().equals(max)) && t.getFont().getSize() < tickPx()) {
                Bounds before = t.getBoundsInParent();
                double cx = (before.getMinX() + before.getMaxX()) / 2, cy = (before.getMinY() + before.getMaxY()) / 2;
                t.setFont(Fonts.latoRegular(tickPx()));
                Bounds after = t.getLayoutBounds();
                t.setTranslateX(0);
                t.setTranslateY(0);
                t.relocate(cx - after.getWidth() / 2, cy - after.getHeight() / 2);
            }
        }
    }
}
