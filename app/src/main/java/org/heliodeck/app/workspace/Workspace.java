package org.heliodeck.app.workspace;

import java.util.List;
import java.util.Objects;
import org.heliodeck.app.Theme;
import org.heliodeck.core.time.TimeRange;

/**
 * What a user set up and wants back later: the time range shown, the theme, and the panels
 * stacked top to bottom. Saved as JSON by {@link WorkspaceFile}.
 */
public record Workspace(TimeRange range, Theme theme, List<WorkspacePanel> panels) {

    public Workspace {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(theme, "theme");
        panels = List.copyOf(panels);
    }
}
