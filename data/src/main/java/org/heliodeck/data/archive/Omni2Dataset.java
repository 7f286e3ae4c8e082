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
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.formats.ascii.ColumnVariable;
import org.heliodeck.formats.ascii.Omni2;

/** The NASA SPDF OMNI2 hourly yearly files ({@code omni2_YYYY.dat}) of a directory, as one dataset. */
final class Omni2Dataset implements ArchiveDataset {

    static final Pattern FILE = Pattern.compile("omni2_(\\d{4})\\.dat");

    /** What each quantity is, in the words of the OMNI2 format description, so that searches find it. */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("B_magnitude", "Interplanetary magnetic field magnitude, average of the field magnitudes"),
            Map.entry("B_vector_magnitude", "Magnitude of the average interplanetary magnetic field vector"),
            Map.entry("B_latitude_GSE", "Latitude angle of the average magnetic field vector, GSE"),
            Map.entry("B_longitude_GSE", "Longitude angle of the average magnetic field vector, GSE"),
            Map.entry("B_GSE", "Interplanetary magnetic field vector in GSE coordinates"),
            Map.entry("B_GSM", "Interplanetary magnetic field vector in GSM coordinates"),
            Map.entry("sigma_B_magnitude", "Standard deviation of the magnetic field magnitude"),
            Map.entry("sigma_B", "Standard deviation of the magnetic field vector"),
            Map.entry("T_p", "Solar wind proton temperature"),
            Map.entry("N_p", "Solar wind proton density"),
            Map.entry("V", "Solar wind bulk flow speed"),
            Map.entry("V_longitude", "Solar wind flow longitude angle, GSE"),
            Map.entry("V_latitude", "Solar wind flow latitude angle, GSE"),
            Map.entry("alpha_proton_ratio", "Alpha particle to proton density ratio"),
            Map.entry("P_dyn", "Solar wind flow (dynamic) pressure"),
            Map.entry("E", "Interplanetary electric field, -V times Bz GSM"),
            Map.entry("beta", "Plasma beta"),
            Map.entry("Mach_Alfven", "Alfven Mach number"),
            Map.entry("Mach_magnetosonic", "Magnetosonic Mach number"),
            Map.entry("Kp_x10", "Kp geomagnetic index, times 10"),
            Map.entry("ap", "ap geomagnetic index"),
            Map.entry("R_sunspot", "Sunspot number"),
            Map.entry("Dst", "Dst geomagnetic storm index"),
            Map.entry("AE", "AE auroral electrojet index"),
            Map.entry("AL", "AL auroral electrojet index (lower envelope)"),
            Map.entry("AU", "AU auroral electrojet index (upper envelope)"),
            Map.entry("PC_N", "Polar cap index, northern hemisphere"),
            Map.entry("F10_7", "F10.7 solar radio flux"),
            Map.entry("proton_flux_1MeV", "Energetic proton flux above 1 MeV"),
            Map.entry("proton_flux_2MeV", "Energetic proton flux above 2 MeV"),
            Map.entry("proton_flux_4MeV", "Energetic proton flux above 4 MeV"),
            Map.entry("proton_flux_10MeV", "Energetic proton flux above 10 MeV"),
            Map.entry("proton_flux_30MeV", "Energetic proton flux above 30 MeV"),
            Map.entry("proton_flux_60MeV", "Energetic proton flux above 60 MeV"));

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
                    DESCRIPTIONS.getOrDefault(v.name(), v.metadata().label()) + " (OMNI2 hourly, at the bow shock nose)",
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
    public List<Variable> fetch(List<String> parameters, TimeRange range, FetchContext context) throws IOException {
        return Fragments.ofFiles(id(), filesFor(range), parameters, range, context, file -> read(file, parameters, range));
    }

    private List<Path> filesFor(TimeRange range) {
        List<Path> out = new ArrayList<>();
        for (Map.Entry<Integer, Path> e : byYear.entrySet()) {
            if (new TimeRange(yearStart(e.getKey()), yearStart(e.getKey() + 1)).overlaps(range)) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    private static List<Variable> read(Path file, List<String> parameters, TimeRange range) throws IOException {
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
