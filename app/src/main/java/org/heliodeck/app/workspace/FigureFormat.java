package org.heliodeck.app.workspace;

import java.nio.file.Path;
import java.util.Locale;

/** The files a figure is exported as, told apart by their extension. */
public enum FigureFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf");

    private final String extension;

    FigureFormat(String extension) {
        this.extension = extension;
    }

    /** Without the dot, lower case: {@code png}. */
    public String extension() {
        return extension;
    }

    /**
     * The format {@code file}'s extension names, in any case.
     *
     * @throws IllegalArgumentException naming the file and its extension when it is none of these
     */
    public static FigureFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FigureFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException("cannot export a figure as " + file + ": "
                + (extension.isEmpty() ? "the name has no extension" : "unknown extension '." + extension + "'")
                + " (use .png, .svg or .pdf)");
    }
}
