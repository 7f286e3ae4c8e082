package org.heliodeck.data.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heliodeck.cdf.CdfFile;
import org.heliodeck.cdf.CdfVariable;
import org.heliodeck.cdf.IstpReader;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.TimeScale;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;

/**
 * CDF files named with their day, e.g. {@code ac_h0_mfi_20220101_v03.cdf}: the files sharing the
 * part before the date form a dataset; each file holds that UTC day. Of several versions of a day,
 * the highest is read.
 */
final class DatedCdfDataset implements ArchiveDataset {

    /** Prefix, an 8-digit date, an optional version, ".cdf". */
    static final Pattern FILE = Pattern.compile("(?i)(.+?)[_-]?(\\d{4})(\\d{2})(\\d{2})(?:[_-]v?([0-9][0-9.]*))?\\.cdf");

    private final String id;
    private final NavigableMap<Long, Path> byDay;

    private DatedCdfDataset(String id, NavigableMap<Long, Path> byDay) {
        this.id = id;
        this.byDay = byDay;
    }

    /** The datasets formed by the dated CDF files among {@code files}, by id. */
    static List<DatedCdfDataset> among(List<Path> files) {
        Map<String, NavigableMap<Long, Path>> days = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        for (Path f : files) {
            Matcher m = FILE.matcher(f.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            long day;
            try {
                day = Tt2000.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), 0, 0, 0, 0);
            } catch (IllegalArgumentException notADate) {
                continue;
            }
            String id = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String version = m.group(5) == null ? "" : m.group(5);
            String key = id + "@" + day;
            Path known = days.computeIfAbsent(id, k -> new TreeMap<>()).get(day);
            if (known == null || VersionOrder.NUMERIC.compare(version, versions.get(key)) > 0) {
                days.get(id).put(day, f);
                versions.put(key, version);
            }
        }
        List<DatedCdfDataset> out = new ArrayList<>();
        days.forEach((id, byDay) -> out.add(new DatedCdfDataset(id, byDay)));
        return out;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<InventoryNode> parameters(String provider) {
        // One file describes them all: reading every file's descriptors would make start-up slow.
        Path sample = byDay.lastEntry().getValue();
        List<InventoryNode> nodes = new ArrayList<>();
        try (CdfFile cdf = CdfFile.open(sample)) {
            IstpReader istp = new IstpReader(cdf, warning -> { });
            for (CdfVariable v : istp.dataVariables()) {
                String units = text(v, "UNITS");
                String description = text(v, "CATDESC");
                nodes.add(new InventoryNode(provider, id + "/" + v.name(), NodeKind.PARAMETER, v.name(), v.name(),
                        description.isEmpty() ? text(v, "FIELDNAM") : description, units, null, coverage(),
                        text(v, "COORDINATE_SYSTEM"), List.of(), Map.of("cdf_type", v.type().name())));
            }
        } catch (IOException | RuntimeException e) {
            nodes.add(new InventoryNode(provider, id + "/?", NodeKind.PARAMETER, "", "?",
                    "cannot be described: " + sample + ": " + e.getMessage(), "", null, coverage(), "", List.of(), Map.of()));
        }
        return nodes;
    }

    private static String text(CdfVariable v, String attribute) {
        var e = v.attribute(attribute);
        return e != null && e.isText() ? e.text().strip() : "";
    }

    @Override
    public TimeRange coverage() {
        TimeScale scale = TimeScale.standard();
        return new TimeRange(byDay.firstKey(), scale.dayStart(scale.epochDay(byDay.lastKey()) + 1));
    }

    @Override
    public List<Variable> fetch(List<String> parameters, TimeRange range, FetchContext context) throws IOException {
        return Fragments.ofFiles(id, filesFor(range), parameters, range, context, file -> read(file, parameters, range));
    }

    private List<Path> filesFor(TimeRange range) {
        // From the file of the day that holds the range's start.
        Long from = byDay.floorKey(range.start());
        return new ArrayList<>(byDay.subMap(from == null ? Long.MIN_VALUE : from, true, range.stop(), false).values());
    }

    private static List<Variable> read(Path file, List<String> parameters, TimeRange range) throws IOException {
        List<Variable> out = new ArrayList<>();
        try (CdfFile cdf = CdfFile.open(file)) {
            IstpReader istp = new IstpReader(cdf);
            for (String p : parameters) {
                if (cdf.variable(p).isPresent()) {
                    out.add(istp.read(p, range));
                }
            }
        }
        return out;
    }
}
