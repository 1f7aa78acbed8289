package org.bonebalance.ui.hormones;

import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Slider;
import org.bonebalance.content.Messages;

/**
 * A slider over a hormone's position scale that tells screen readers the level in words and units
 * ("estradiol, 40 picograms per millilitre") rather than the raw (logarithmic) position.
 * Arrows move a small step, Page Up/Down ten times as far, Home/End to the ends.
 */
public final class HormoneSlider extends Slider {
    private final HormoneScale scale;

    public HormoneSlider(HormoneScale scale) {
        super(scale.positionMin(), scale.positionMax(), scale.positionMin());
        this.scale = scale;
        setId("slider-" + scale.id());
        setBlockIncrement(scale.arrowStep());
        setAccessibleText(Messages.get(scale.nameKey()));
        setAccessibleHelp(Messages.get("explorer.slider.help"));
        setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PAGE_UP -> { adjustValue(Math.min(getMax(), getValue() + scale.pageStep())); e.consume(); }
                case PAGE_DOWN -> { adjustValue(Math.max(getMin(), getValue() - scale.pageStep())); e.consume(); }
                default -> { }
            }
        });
        valueProperty().addListener((o, a, b) -> notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE_STRING));
    }

    public HormoneScale scale() { return scale; }

    /** The level the thumb stands for, in the hormone's units. */
    public double level() { return scale.fromPosition(getValue()); }

    /** "40 picograms per millilitre". */
    public String valueText() {
        return Messages.get("explorer.slider.valueText", scale.formatNumber(level()), Messages.get(scale.unitSpokenKey()));
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.VALUE_STRING) return valueText();
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
