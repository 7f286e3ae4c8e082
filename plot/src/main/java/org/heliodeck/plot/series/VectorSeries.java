package org.heliodeck.plot.series;

import org.heliodeck.plot.LegendEntry;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.plot.PixelRaster;
import org.heliodeck.plot.Surface;
import org.heliodeck.plot.TimeMapping;
import org.heliodeck.plot.ValueMapping;
import org.heliodeck.plot.lod.LodPyramid;
import org.heliodeck.plot.lod.ValueExtent;

/**
 * A scalar or vector series as a panel draws it: one {@link LodPyramid} per component, each in its
 * own colour with a legend entry, all drawn with one {@link SeriesRenderer}. Fill values and values
 * outside the valid range become NaN (gaps) when read from a {@link Variable}.
 */
public final class VectorSeries {

    private final List<String> names;
    private final List<LodPyramid> components;
    private final List<Color> colors;
    private final SeriesRenderer renderer;

    public VectorSeries(List<String> names, List<LodPyramid> components, List<Color> colors, SeriesRenderer renderer) {
        if (names.size() != components.size() || colors.size() != components.size() || components.isEmpty()) {
            throw new IllegalArgumentException(names.size() + " names and " + colors.size() + " colours for "
                    + components.size() + " components");
        }
        this.names = List.copyOf(names);
        this.components = List.copyOf(components);
        this.colors = List.copyOf(colors);
        this.renderer = renderer;
    }

    /** A series from a variable of scalar or 1-D vector records, coloured from the {@link Palette}, drawn as lines. */
    public static VectorSeries of(Variable variable) {
        return of(variable, SeriesRenderer.LINES);
    }

    public static VectorSeries of(Variable variable, SeriesRenderer renderer) {
        Values values = variable.values();
        if (values.rank() > 1) {
            throw new IllegalArgumentException(variable.name() + " has records of shape "
                    + java.util.Arrays.toString(values.shape()) + ": not a scalar or a vector");
        }
        // One time array shared by the components: the pyramids adopt it without copying.
        long[] times = variable.time().toArray();
        Metadata metadata = variable.metadata();
        int count = values.recordSize();
        List<String> names = new ArrayList<>(count);
        List<LodPyramid> pyramids = new ArrayList<>(count);
        List<Color> colors = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            names.add(componentName(variable, c));
            pyramids.add(values.isSinglePrecision()
                    ? LodPyramid.of(times, floats(values, c, metadata))
                    : LodPyramid.of(times, doubles(values, c, metadata)));
            colors.add(Palette.component(c));
        }
        return new VectorSeries(names, pyramids, colors, renderer);
    }

    /**
     * The same series (sharing its pyramids) coloured from palette entry {@code first} on: for a
     * panel holding several series, so that each component keeps a colour of its own.
     */
    public VectorSeries recoloured(int first) {
        List<Color> shifted = new ArrayList<>(components.size());
        for (int c = 0; c < components.size(); c++) {
            shifted.add(Palette.component(first + c));
        }
        return new VectorSeries(names, components, shifted, renderer);
    }

    /** The same series (sharing its pyramids and colours) drawn another way: steps, scatter, markers. */
    public VectorSeries withRenderer(SeriesRenderer other) {
        return new VectorSeries(names, components, colors, other);
    }

    public SeriesRenderer renderer() {
        return renderer;
    }

    /** How many components it draws. */
    public int size() {
        return components.size();
    }

    /** Merges a fragment of the same variable (any time, any order) into every component. */
    public void add(Variable fragment) {
        Values values = fragment.values();
        if (values.recordSize() != components.size()) {
            throw new IllegalArgumentException("a fragment of " + values.recordSize() + " components for a series of "
                    + components.size());
        }
        long[] times = fragment.time().toArray();
        for (int c = 0; c < components.size(); c++) {
            if (values.isSinglePrecision()) {
                components.get(c).add(times, floats(values, c, fragment.metadata()));
            } else {
                components.get(c).add(times, doubles(values, c, fragment.metadata()));
            }
        }
    }

    public List<LodPyramid> components() {
        return components;
    }

    /** Name and colour per component, for the panel to lay out. */
    public List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            entries.add(new LegendEntry(names.get(c), colors.get(c)));
        }
        return entries;
    }

    /** The smallest and largest finite value of any component in the range, for the y auto-range. */
    public ValueExtent visibleRange(TimeRange range) {
        ValueExtent extent = ValueExtent.EMPTY;
        for (LodPyramid p : components) {
            extent = extent.union(p.extent(range.start(), range.stop()));
        }
        return extent;
    }

    /**
     * Draws every component into the raster, which covers the mapping's pixels: raster column 0 is
     * {@code x.left()}, and {@code y} maps values to raster rows (its top at 0).
     */
    public void draw(PixelRaster raster, TimeMapping x, ValueMapping y) {
        for (int c = 0; c < components.size(); c++) {
            renderer.draw(raster, components.get(c).reduce(x), y, Palette.argb(colors.get(c)));
        }
    }

    /** The same as vector polylines in surface coordinates ({@code y} maps values to surface positions), for SVG/PDF. */
    public void stroke(Surface surface, TimeMapping x, ValueMapping y) {
        surface.save();
        surface.setLineWidth(1);
        for (int c = 0; c < components.size(); c++) {
            surface.setStroke(colors.get(c));
            renderer.stroke(surface, components.get(c).reduce(x), x.left(), y);
        }
        surface.restore();
    }

    private static String componentName(Variable variable, int c) {
        List<String> labels = variable.metadata().componentLabels();
        if (c < labels.size() && !labels.get(c).isBlank()) {
            return labels.get(c);
        }
        String label = variable.metadata().label().isBlank() ? variable.name() : variable.metadata().label();
        return variable.values().recordSize() == 1 ? label : label + "[" + c + "]";
    }

    private static double[] doubles(Values values, int component, Metadata metadata) {
        double[] out = new double[values.records()];
        for (int i = 0; i < out.length; i++) {
            out[i] = valid(values.get(i, component), metadata);
        }
        return out;
    }

    private static float[] floats(Values values, int component, Metadata metadata) {
        float[] out = new float[values.records()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) valid(values.get(i, component), metadata);
        }
        return out;
    }

    /** Fill and out-of-range values are gaps. */
    private static double valid(double v, Metadata metadata) {
        return v == metadata.fillValue() || v < metadata.validMin() || v > metadata.validMax() ? Double.NaN : v;
    }
}
