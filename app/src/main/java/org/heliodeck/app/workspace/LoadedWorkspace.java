package org.heliodeck.app.workspace;

import java.util.List;

/**
 * A workspace read from a file, with what was read but not understood: fields a newer Heliodeck
 * wrote, one message each naming the file and the field, for the user to see.
 */
public record LoadedWorkspace(Workspace workspace, List<String> warnings) {

    public LoadedWorkspace {
        warnings = List.copyOf(warnings);
    }
}
