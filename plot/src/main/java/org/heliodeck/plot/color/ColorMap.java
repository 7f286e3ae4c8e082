package org.heliodeck.plot.color;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sequence of 256 opaque colours from the lowest value to the highest. The perceptual maps
 * (viridis, magma, inferno, plasma, cividis) grow steadily lighter, so that what the eye reads as
 * "more" is more; turbo and jet are there for users who want rainbow maps, greys for print.
 */
public final class ColorMap {

    /** Fully transparent: what missing values (NaN) look like. */
    public static final int TRANSPARENT = 0;

    private static final int SIZE = 256;
    private static final String TABLES = "colormaps.properties";
    private static final Map<String, ColorMap> NAMED = load();

    public static final ColorMap VIRIDIS = named("viridis");
    public static final ColorMap MAGMA = named("magma");
    public static final ColorMap INFERNO = named("inferno");
    public static final ColorMap PLASMA = named("plasma");
    public static final ColorMap CIVIDIS = named("cividis");
    public static final ColorMap TURBO = named("turbo");
    public static final ColorMap JET = named("jet");
    public static final ColorMap GREYS = named("greys");

    private final String name;
    private final int[] argb;

    private ColorMap(String name, int[] argb) {
        this.name = name;
        this.argb = argb;
    }

    /** The map called {@code name} (as {@link #names()} lists them); a {@code _r} suffix gives it reversed. */
    public static ColorMap named(String name) {
        boolean reversed = name.endsWith("_r");
        ColorMap map = NAMED.get(reversed ? name.substring(0, name.length() - 2) : name);
        if (map == null) {
            throw new IllegalArgumentException("no colour map '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return reversed ? map.reversed() : map;
    }

    /** Names of the maps, perceptual ones first. */
    public static List<String> names() {
        return List.copyOf(NAMED.keySet());
    }

    public String name() {
        return name;
    }

    /** The same colours from the highest value to the lowest, named with a {@code _r} suffix (removed when reversing again). */
    public ColorMap reversed() {
        int[] flipped = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            flipped[i] = argb[SIZE - 1 - i];
        }
        return new ColorMap(name.endsWith("_r") ? name.substring(0, name.length() - 2) : name + "_r", flipped);
    }

    /** The colour at {@code f} along the map, 0 the lowest and 1 the highest, clamped; NaN gives {@link #TRANSPARENT}. */
    public int lookup(double f) {
        if (Double.isNaN(f)) {
            return TRANSPARENT;
        }
        int i = (int) (Math.min(1, Math.max(0, f)) * (SIZE - 1) + 0.5);
        return argb[i];
    }

    /** Number of distinct colours. */
    public int size() {
        return SIZE;
    }

    /** Colour {@code index} of the {@link #size()} colours, as opaque ARGB. */
    public int color(int index) {
        return argb[Objects.checkIndex(index, SIZE)];
    }

    @Override
    public String toString() {
        return name;
    }

    private static Map<String, ColorMap> load() {
        Map<String, ColorMap> maps = new LinkedHashMap<>();
        try (InputStream in = ColorMap.class.getResourceAsStream(TABLES)) {
            if (in == null) {
                throw new IllegalStateException("colour tables " + TABLES + " missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq < 0) {
                    continue;
                }
                String name = line.substring(0, eq);
                maps.put(name, new ColorMap(name, parse(name, line.substring(eq + 1).strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read colour tables " + TABLES, e);
        }
        maps.put("greys", new ColorMap("greys", greys()));
        return maps;
    }

    private static int[] parse(String name, String hex) {
        if (hex.length() != SIZE * 6) {
            throw new IllegalStateException("colour map " + name + " has " + hex.length() / 6.0 + " colours, not " + SIZE);
        }
        int[] argb = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            argb[i] = 0xff000000 | Integer.parseInt(hex, i * 6, i * 6 + 6, 16);
        }
        return argb;
    }

    /** Black to white in equal steps of the channel values. */
    private static int[] greys() {
        int[] argb = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            argb[i] = 0xff000000 | i << 16 | i << 8 | i;
        }
        return argb;
    }
}
