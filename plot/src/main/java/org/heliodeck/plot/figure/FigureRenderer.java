package org.heliodeck.plot.figure;

import java.util.ArrayList;
import java.util.List;
import org.heliodeck.plot.Surface;

/**
 * A whole figure on one surface: its panels stacked with equal heights, all on the same time axis
 * (the same plot-area left and right edges), the time labels under the bottom panel only. What an
 * exported figure (PNG, SVG, PDF) and {@code heliodeck plot} draw.
 */
public final class FigureRenderer {

    private static final double GAP = 6;
    private static final double MARGIN = 6;

    private final List<PanelRenderer> panels = new ArrayList<>();

    /** Draws the figure over the whole surface; {@code vectorData} for SVG and PDF, where series become lines. */
    public void draw(Figure figure, Surface s, boolean vectorData) {
        while (panels.size() < figure.panels().size()) {
            panels.add(new PanelRenderer());
        }
        s.setFill(figure.theme().background());
        s.fillRect(0, 0, s.width(), s.height());
        boolean anyColorBar = figure.panels().stream().anyMatch(p -> PanelRenderer.hasColorBar(p, figure.visible()));
        double rightRoom = anyColorBar ? PanelRenderer.COLOR_BAR_ROOM : PanelRenderer.RIGHT;
        int n = figure.panels().size();
        double usable = s.height() - 2 * MARGIN - PanelRenderer.TIME_LABELS - GAP * (n - 1);
        double each = Math.max(PanelRenderer.TOP + 10, usable / n);
        for (int i = 0; i < n; i++) {
            double y = MARGIN + i * (each + GAP);
            panels.get(i).draw(s, figure.panels().get(i), figure.visible(), figure.theme(), MARGIN, y, s.width() - 2 * MARGIN,
                    each, rightRoom, i == n - 1, vectorData);
        }
    }
}
