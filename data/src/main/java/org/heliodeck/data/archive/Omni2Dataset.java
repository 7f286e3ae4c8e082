package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.formats.ascii.ColumnVariable;
import org.heliodeck.formats.ascii.Omni2;

/** The NASA SPDF OMNI2 hourly yearly files ({@code omni2_YYYY.dat}) of a directory, as one dataset. */
final class Omni2Dataset implements ArchiveDataset {

    static final Pattern FILE = Pattern.compile("omni2_(\\d{4})\\.dat");

    private final NavigableMap<Integer, Path> byYear;

    private Omni2Dataset(NavigableMap<Integer, Path> byYear) {
        this.byYear = byYear;
    }

    /** The OMNI2 files among {@code files}, or null when there are none. */
    static Omni2Dataset among(List<Path> files) {
        NavigableMap<Integer, Path> years = new TreeMap<>();
        for (Path f : files) {
            Matcher m = FILE.matcher(f.getFileName().toString());
            if (m.matches()) {
                years.put(Integer.parseInt(m.group(1)), f);
            }
        }
        return years.isEmpty() ? null : new Omni2Dataset(years);
    }

    @Override
    public String id() {
        return Omni2.PRODUCT;
    }

    @Override
    public List<InventoryNode> parameters(String provider) {
        List<InventoryNode> nodes = new ArrayList<>();
        for (ColumnVariable v : Omni2.LAYOUT.variables()) {
            nodes.add(new InventoryNode(provider, id() + "/" + v.name(), NodeKind.PARAMETER, v.name(), v.name(),
                    v.metadata().label() + " (OMNI2 hourly, near-Earth solar wind at the bow shock nose)",
                    v.metadata().units(), Duration.ofHours(1), coverage(), v.metadata().coordinateSystem(),
                    v.metadata().componentLabels(), Map.of("source", "NASA SPDF OMNI2 (King & Papitashvili 2005)")));
        }
        return nodes;
    }

    @Override
    public TimeRange coverage() {
        return new TimeRange(yearStart(byYear.firstKey()), yearStart(byYear.lastKey() + 1));
    }

    @Override
    public List<Path> filesFor(TimeRange range) {
        List<Path> out = new ArrayList<>();
        for (Map.Entry<Integer, Path> e : byYear.entrySet()) {
            if (new TimeRange(yearStart(e.getKey()), yearStart(e.getKey() + 1)).overlaps(range)) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    @Override
    public List<Variable> read(Path file, List<String> parameters, TimeRange range) throws IOException {
        List<Variable> out = new ArrayList<>();
        for (Variable v : Omni2.read(file).variables()) {
            if (parameters.contains(v.name())) {
                out.add(v.slice(range));
            }
        }
        return out;
    }

    private static long yearStart(int year) {
        return Tt2000.of(year, 1, 1, 0, 0, 0, 0);
    }
}
