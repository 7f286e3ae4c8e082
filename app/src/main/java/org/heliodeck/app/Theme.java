package org.heliodeck.app;

import java.util.Objects;

/** The window's looks: a stylesheet each, over JavaFX's own Modena. */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private final String file;

    Theme(String file) {
        this.file = file;
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
