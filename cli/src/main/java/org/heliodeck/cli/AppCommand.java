package org.heliodeck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.heliodeck.app.HeliodeckApp;
import org.heliodeck.app.Theme;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code heliodeck app}: the desktop application. */
@Command(
        name = "app",
        description = {
            "Start the desktop application: search products, drag them onto the plot area, set the time range.",
            "With --screenshot, draw the window off screen into a PNG and exit (no display needed)."
        },
        footer = {"", "Examples:", "  heliodeck app", "  heliodeck app --range 2003-10-28/2003-11-02",
            "  heliodeck app --search 'solar wind density' --screenshot window.png",
            "  heliodeck app --workspace storm.heliodeck.json --catalog ICME --screenshot w.png --statistics s.png"})
final class AppCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--range", paramLabel = "START/STOP", description = "The time range shown first (default: yesterday, UTC).")
    private String range;

    @Option(names = "--search", paramLabel = "TEXT", description = "Type TEXT into the product search.")
    private String search;

    @Option(names = "--theme", paramLabel = "THEME", description = "light or dark (the View menu switches it).")
    private Theme theme;

    @Option(names = "--workspace", paramLabel = "FILE", description = "Open a workspace saved from the File menu.")
    private Path workspace;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Draw the laid-out window into FILE.png off screen, then exit.")
    private Path screenshot;

    @Option(names = "--catalog", paramLabel = "NAME[,NAME…]",
            description = "Show the zones of these catalogs; the first becomes the active one.")
    private String catalog;

    @Option(names = "--orbit", paramLabel = "PRODUCT",
            description = "The position product (provider/dataset/parameter, x y z in Re or km) the statistics view places events with.")
    private String orbit;

    @Option(names = "--statistics", paramLabel = "FILE.png",
            description = "With --screenshot and --catalog: also draw the first catalog's statistics view into FILE.png.")
    private Path statistics;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (range != null) {
            // Read here so a bad range is a message, not an exception in the window's thread.
            args.add("--" + HeliodeckApp.RANGE + "=" + TimeRange.parse(range));
        }
        if (search != null) {
            args.add("--" + HeliodeckApp.SEARCH + "=" + search);
        }
        if (theme != null) {
            args.add("--" + HeliodeckApp.THEME + "=" + theme);
        }
        if (workspace != null) {
            args.add("--" + HeliodeckApp.WORKSPACE + "=" + workspace.toAbsolutePath());
        }
        if (catalog != null) {
            args.add("--" + HeliodeckApp.CATALOG + "=" + catalog);
        }
        if (orbit != null) {
            args.add("--" + HeliodeckApp.ORBIT + "=" + orbit);
        }
        if (statistics != null) {
            args.add("--" + HeliodeckApp.STATISTICS + "=" + statistics.toAbsolutePath());
        }
        if (screenshot != null) {
            args.add("--" + HeliodeckApp.SCREENSHOT + "=" + screenshot.toAbsolutePath());
            // JavaFX's own headless platform and software renderer: no display, no GPU needed.
            System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
            System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        } else if (noDisplay()) {
            spec.commandLine().getErr().println("heliodeck app: no display to open a window on (DISPLAY and WAYLAND_DISPLAY"
                    + " are unset); --screenshot FILE.png draws the window off screen instead");
            spec.commandLine().getErr().flush();
            return Main.UNAVAILABLE;
        }
        try {
            Application.launch(HeliodeckApp.class, args.toArray(String[]::new));
        } catch (RuntimeException failed) {
            // JavaFX wraps what start-up threw ("Exception in Application init method"): say what it was,
            // with the outermost message that names a file or a value (an unreadable inventory, a bad range).
            Throwable cause = failed.getCause();
            while (cause != null && !(cause instanceof IOException || cause instanceof UncheckedIOException
                    || cause instanceof DataFormatException || cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw failed;
            }
            spec.commandLine().getErr().println("heliodeck app: " + cause.getMessage());
            spec.commandLine().getErr().flush();
            return Main.UNAVAILABLE;
        }
        return 0;
    }

    /** On Linux and the BSDs a window needs an X or Wayland display; macOS and Windows always have one. */
    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean x11 = !os.contains("mac") && !os.contains("win");
        return x11 && System.getProperty("glass.platform") == null
                && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
