package org.heliodeck.app.workspace;

import java.util.List;
import java.util.Objects;

/** One panel of a workspace: the products plotted in it, in drawing order, and its y axis. */
public record WorkspacePanel(List<PlottedProduct> products, YAxis yAxis) {

    public WorkspacePanel {
        products = List.copyOf(products);
        Objects.requireNonNull(yAxis, "yAxis");
    }
}
