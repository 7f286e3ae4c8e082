package org.heliodeck.app.learn;

import java.util.Optional;
import org.heliodeck.app.plot.PlotPanel;
import org.heliodeck.app.plot.PlotStack;
import org.heliodeck.core.model.Variable;
import org.heliodeck.plot.axis.AutoRange;

/**
 * The detector's score as a panel of the stack, on a fixed 0–1 axis (a probability-like score
 * read against the same scale scan after scan): a new scan replaces it in its panel, or in a new
 * one at the bottom when the user removed it.
 */
final class ScorePanel {

    private final PlotStack stack;
    private PlotPanel panel;

    ScorePanel(PlotStack stack) {
        this.stack = stack;
    }

    /** FX thread. */
    void show(Variable score) {
        if (panel != null && stack.panels().contains(panel)) {
            panel.hold(score);
        } else {
            panel = stack.addPanel(score);
            panel.setYAxis(false, Optional.of(new AutoRange.Range(0, 1)));
        }
    }

    /** The panel showing the score, if one is in the stack. */
    Optional<PlotPanel> panel() {
        return Optional.ofNullable(panel).filter(stack.panels()::contains);
    }
}
