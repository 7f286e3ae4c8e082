package org.heliodeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.Providers;
import org.heliodeck.data.cache.CacheMode;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.cache.Lookup;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.axis.AxisLabel;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.export.PdfSurface;
import org.heliodeck.plot.export.PngExport;
import org.heliodeck.plot.export.SvgSurface;
import org.heliodeck.plot.figure.Figure;
import org.heliodeck.plot.figure.FigureRenderer;
import org.heliodeck.plot.figure.Layer;
import org.heliodeck.plot.figure.Panel;
import org.heliodeck.plot.figure.SeriesLayer;
import org.heliodeck.plot.figure.SpectrogramLayer;
import org.heliodeck.plot.figure.Theme;
import org.heliodeck.plot.series.VectorSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heliodeck plot PRODUCT… --start --stop -o FIG}: the application's panels, drawn headless into a file. */
@Command(
        name = "plot",
        description = {
            "Draw products over a time range into a figure: one panel per PRODUCT (its parameters together),",
            "stacked on one time axis. PNG, SVG or PDF from the extension of OUT. No display needed.",
            "PRODUCT is PROVIDER/DATASET/PARAMETER[,PARAMETER…], as for 'get'; spectrograms are drawn as such."
        },
        footer = {"", "Example:", "  heliodeck plot omni2/omni2_hourly/B_GSE omni2/omni2_hourly/V omni2/omni2_hourly/Dst \\",
            "      --start 2003-10-27 --stop 2003-11-03 -o halloween.pdf"})
final class PlotCommand implements Callable<Integer> {

    private static final int PANEL_HEIGHT = 190;
    private static final int FIXED_HEIGHT = 52;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PRODUCT")
    private List<String> products;

    @Option(names = "--start", required = true, paramLabel = "START", description = "ISO 8601 UTC.")
    private String start;

    @Option(names = "--stop", required = true, paramLabel = "STOP", description = "ISO 8601 UTC, excluded.")
    private String stop;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "fig.png, fig.svg or fig.pdf.")
    private Path output;

    @Option(names = "--width", defaultValue = "1200", description = "Width in pixels (points for SVG/PDF) (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", description = "Height (default: " + PANEL_HEIGHT + " a panel).")
    private Integer height;

    @Option(names = "--scale", defaultValue = "1", description = "PNG only: pixels per unit, e.g. 2 for a sharp print (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--colormap", defaultValue = "viridis", description = "Spectrograms' colour map: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ColorMapNames.class)
    private String colorMap;

    @Option(names = "--offline", description = "Use only what the cache holds.")
    private boolean offline;

    /** The colour maps' names, for the help. */
    static final class ColorMapNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ColorMapNames() {
            super(ColorMap.names());
        }
    }

    @Override
    public Integer call() throws IOException {
        TimeRange range = TimeRange.of(start, stop);
        if (range.isEmpty()) {
            throw new IllegalArgumentException("the range " + range + " is empty: --stop must be after --start");
        }
        String format = extension(output);
        ColorMap map = ColorMap.named(colorMap);
        Theme chosen = switch (theme.toLowerCase(Locale.ROOT)) {
            case "light" -> Theme.LIGHT;
            case "dark" -> Theme.DARK;
            default -> throw new IllegalArgumentException("theme '" + theme + "' is neither light nor dark");
        };
        Providers providers = Providers.installed(UserDirectories.current().config());
        List<Panel> panels = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        try (FragmentCache cache = FragmentCache.open(); DataAccess data = new DataAccess(cache)) {
            for (String text : products) {
                ProductSpec product = ProductSpec.parse(text);
                Lookup got = data.get(providers.require(product.provider()), product.dataset(), product.parameters(), range,
                        offline ? CacheMode.OFFLINE : CacheMode.NORMAL, FetchContext.UNWATCHED);
                panels.add(panel(product, got.variables(), map));
                got.missing().forEach(gap -> out.printf("%s: missing (offline, not in the cache): %s%n", product, gap));
            }
        }
        Figure figure = new Figure(panels, range, chosen);
        // A figure is drawn off screen whatever the machine: JavaFX's own headless platform and software
        // renderer, so the same command gives the same file on a laptop and on a server without a display.
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        int h = height != null ? height : FIXED_HEIGHT + PANEL_HEIGHT * panels.size();
        FigureRenderer renderer = new FigureRenderer();
        Consumer<Surface> drawing = s -> renderer.draw(figure, s, !format.equals("png"));
        switch (format) {
            case "png" -> PngExport.write(output, (int) Math.round(width * scale), (int) Math.round(h * scale), scale, drawing);
            case "svg" -> SvgSurface.write(output, width, h, drawing);
            default -> PdfSurface.write(output, width, h, drawing);
        }
        out.printf("%d panel%s, %s, written to %s%n", panels.size(), panels.size() == 1 ? "" : "s", range, output);
        out.flush();
        return 0;
    }

    /** The product's parameters in one panel: series together, or its spectrogram. */
    private static Panel panel(ProductSpec product, List<Variable> variables, ColorMap map) {
        if (variables.stream().allMatch(v -> v.records() == 0)) {
            throw new IllegalArgumentException("no data for " + product + " over the range: nothing to draw");
        }
        List<Layer> layers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        boolean logY = false;
        int colors = 0;
        for (Variable v : variables) {
            if (isSpectrogram(v)) {
                layers.add(SpectrogramLayer.of(v, map));
                titles.add(AxisLabel.of(v.axes().getFirst()));
                logY = v.axes().getFirst().scale() == ScaleType.LOG;
            } else if (v.values().shape().length <= 1) {
                VectorSeries series = VectorSeries.of(v).recoloured(colors);
                colors += series.size();
                layers.add(new SeriesLayer(series));
                titles.add(AxisLabel.of(v.metadata()).isBlank() ? v.name() : AxisLabel.of(v.metadata()));
                logY |= v.metadata().scaleType() == ScaleType.LOG;
            } else {
                throw new IllegalArgumentException(product + ": " + v.name() + " holds records of " + v.values().shape().length
                        + " dimensions; plot a product whose records are scalars, vectors or one row of bins");
            }
        }
        return new Panel(layers, String.join(", ", titles), logY, Optional.empty());
    }

    private static boolean isSpectrogram(Variable v) {
        return v.metadata().displayType() == DisplayType.SPECTROGRAM && v.values().shape().length == 1 && v.axes().size() == 1;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String known : List.of("png", "svg", "pdf")) {
            if (name.endsWith("." + known)) {
                return known;
            }
        }
        throw new IllegalArgumentException("cannot tell the figure's format from '" + file.getFileName()
                + "': name it .png, .svg or .pdf");
    }
}
