package org.heliodeck.app.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import org.heliodeck.app.Product;
import org.heliodeck.app.Theme;
import org.heliodeck.app.workspace.FigureSource;
import org.heliodeck.app.workspace.PlottedProduct;
import org.heliodeck.app.workspace.SizedFigure;
import org.heliodeck.app.workspace.Workspace;
import org.heliodeck.app.workspace.WorkspaceHolder;
import org.heliodeck.app.workspace.WorkspacePanel;
import org.heliodeck.app.workspace.YAxis;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.figure.Figure;
import org.heliodeck.plot.figure.Panel;

/**
 * The plot stack as the File menu sees it: what a workspace saves (range, theme, panels with their
 * products and y axes) and restores, and the figure an export draws (the panels as shown).
 */
public final class StackWorkspace implements WorkspaceHolder, FigureSource {

    private final PlotStack stack;
    private final ObjectProperty<Theme> theme;

    public StackWorkspace(PlotStack stack, ObjectProperty<Theme> theme) {
        this.stack = stack;
        this.theme = theme;
    }

    /** One panel as a figure of its own (its "Export panel…"). */
    public FigureSource panel(PlotPanel panel) {
        return () -> Optional.of(new SizedFigure(new Figure(List.of(panel.model()), stack.rangeProperty().get(),
                theme.get().plots()), Math.max(1, panel.getWidth()), Math.max(1, panel.getHeight())));
    }

    @Override
    public Workspace current() {
        List<WorkspacePanel> panels = new ArrayList<>();
        // A panel of data held in memory only (a detector's score) has no product to fetch again: not saved.
        for (PlotPanel p : stack.panels().stream().filter(p -> !p.sources().isEmpty()).toList()) {
            List<PlottedProduct> products = p.sources().stream().map(s -> new PlottedProduct(s.product(),
                    s.isSpectrogram() ? Optional.of(s.colorMap().name()) : Optional.empty(),
                    s.isSpectrogram() ? Optional.empty() : Optional.of(s.renderer()))).toList();
            panels.add(new WorkspacePanel(products, new YAxis(p.logY(), p.lockedY())));
        }
        return new Workspace(stack.rangeProperty().get(), theme.get(), panels);
    }

    @Override
    public void apply(Workspace workspace) {
        stack.clear();
        theme.set(workspace.theme());
        stack.rangeProperty().set(workspace.range());
        for (WorkspacePanel saved : workspace.panels()) {
            List<Product> products = saved.products().stream().map(PlottedProduct::product).toList();
            if (products.isEmpty()) {
                continue;
            }
            PlotPanel panel = stack.addPanel(products.getFirst());
            products.stream().skip(1).forEach(product -> stack.addTo(panel, product));
            panel.setYAxis(saved.yAxis().log(), saved.yAxis().locked());
            for (int i = 0; i < saved.products().size(); i++) {
                ProductSource source = panel.sources().get(i);
                saved.products().get(i).colorMap().map(ColorMap::named).ifPresent(source::setColorMap);
                saved.products().get(i).drawing().ifPresent(source::setRenderer);
            }
        }
    }

    @Override
    public Optional<SizedFigure> figure() {
        if (stack.panels().isEmpty()) {
            return Optional.empty();
        }
        List<Panel> panels = stack.panels().stream().map(PlotPanel::model).toList();
        Figure figure = new Figure(panels, stack.rangeProperty().get(), theme.get().plots());
        return Optional.of(new SizedFigure(figure, Math.max(1, stack.getWidth()), Math.max(1, stack.getHeight())));
    }
}
