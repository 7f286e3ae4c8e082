package org.heliodeck.app;

import java.util.Objects;

/** The window's looks: a stylesheet each, over JavaFX's own Modena. */
public enum Theme {
    LIGHT("light.css", org.heliodeck.plot.figure.Theme.LIGHT),
    DARK("dark.css", org.heliodeck.plot.figure.Theme.DARK);

    private final String file;
    private final org.heliodeck.plot.figure.Theme plots;

    Theme(String file, org.heliodeck.plot.figure.Theme plots) {
        this.file = file;
        this.plots = plots;
    }

    /** The colours the plot panels are drawn in under this theme. */
    public org.heliodeck.plot.figure.Theme plots() {
        return plots;
    }

    /** The theme's stylesheet URL (its colours), for {@code Scene.getStylesheets()}, after {@link #base()}. */
    public String stylesheet() {
        return url(file);
    }

    /** The stylesheet of what both themes share: layout, and rules written with the themes' colours. */
    public static String base() {
        return url("base.css");
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }

    /** The other theme, for the switch. */
    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
