package org.heliodeck.app.workspace;

/**
 * What holds the workspace on screen (the plot panels with the time bar and the theme): asked for
 * it on save, given one on open. Both are called on the JavaFX application thread.
 */
public interface WorkspaceHolder {

    /** The workspace as shown now. */
    Workspace current();

    /** Shows {@code workspace} instead of what is shown: its range, theme and panels. */
    void apply(Workspace workspace);
}
