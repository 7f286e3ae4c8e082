package org.heliodeck.formats.ascii;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.model.FragmentMerger;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Variable;
import org.heliodeck.formats.DataSet;

/**
 * NASA's OMNI2 hourly near-Earth solar wind and indices, as SPDF ships them: one
 * {@code omni2_YYYY.dat} a year, 55 blank-separated fields a line, one line an hour (King &amp;
 * Papitashvili 2005). Columns, units and fill values follow SPDF's {@code omni2.text} description
 * (words numbered from 1 there, from 0 here); each fill was checked against the 1998–2018 files.
 * Kp is kept as the file gives it, ten times Kp ({@code 3+} is 33).
 */
public final class Omni2 {

    /** The product name given to the variables. */
    public static final String PRODUCT = "omni2_hourly";
    /** Fields on every line. */
    public static final int FIELDS = 55;

    /** The layout of an {@code omni2_YYYY.dat} file. */
    public static final TextLayout LAYOUT = TextLayout.of(Delimiter.WHITESPACE, TimeColumns.dayOfYear(0, 1, 2), variables())
            .withFieldCount(FIELDS);

    private static final TextTableReader READER = new TextTableReader(LAYOUT);

    private Omni2() {}

    /** Reads one yearly file. */
    public static DataSet read(Path file) throws IOException {
        return READER.read(file, PRODUCT);
    }

    /** Reads several files (yearly files, in any order) into one data set sorted by time. */
    public static DataSet read(List<Path> files) throws IOException {
        Map<String, List<Variable>> pieces = new LinkedHashMap<>();
        for (Path file : files) {
            for (Variable v : read(file).variables()) {
                pieces.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(v);
            }
        }
        List<Variable> merged = pieces.values().stream().map(FragmentMerger::merge).toList();
        return new DataSet(PRODUCT, merged, Map.of());
    }

    private static List<ColumnVariable> variables() {
        List<ColumnVariable> v = new ArrayList<>();
        v.add(scalar("B_magnitude", 9, "|B|", "nT", 999.9));
        v.add(scalar("B_vector_magnitude", 10, "|<B>|", "nT", 999.9));
        v.add(scalar("B_latitude_GSE", 11, "B latitude GSE", "deg", 999.9));
        v.add(scalar("B_longitude_GSE", 12, "B longitude GSE", "deg", 999.9));
        v.add(vector("B_GSE", List.of(13, 14, 15), "B GSE", "nT", 999.9, "GSE", "Bx", "By", "Bz"));
        // Bx is the same in GSE and GSM: the file gives it once, in word 13.
        v.add(vector("B_GSM", List.of(13, 16, 17), "B GSM", "nT", 999.9, "GSM", "Bx", "By", "Bz"));
        v.add(scalar("sigma_B_magnitude", 18, "σ|B|", "nT", 999.9));
        v.add(scalar("sigma_B", 19, "σB", "nT", 999.9));
        v.add(scalar("T_p", 23, "Tp", "K", 9_999_999.));
        v.add(scalar("N_p", 24, "Np", "cm^-3", 999.9));
        v.add(scalar("V", 25, "V", "km/s", 9999.));
        v.add(scalar("V_longitude", 26, "flow longitude", "deg", 999.9));
        v.add(scalar("V_latitude", 27, "flow latitude", "deg", 999.9));
        v.add(scalar("alpha_proton_ratio", 28, "Na/Np", "", 9.999));
        v.add(scalar("P_dyn", 29, "Pdyn", "nPa", 99.99));
        v.add(scalar("E", 36, "E", "mV/m", 999.99));
        v.add(scalar("beta", 37, "β", "", 999.99));
        v.add(scalar("Mach_Alfven", 38, "Ma", "", 999.9));
        v.add(scalar("Kp_x10", 39, "Kp×10", "", 99));
        v.add(scalar("R_sunspot", 40, "R", "", 999));
        v.add(scalar("Dst", 41, "Dst", "nT", 99999));
        v.add(scalar("AE", 42, "AE", "nT", 9999));
        v.add(scalar("proton_flux_1MeV", 43, "protons > 1 MeV", "1/(cm^2 s sr)", 999_999.99));
        v.add(scalar("proton_flux_2MeV", 44, "protons > 2 MeV", "1/(cm^2 s sr)", 99_999.99));
        v.add(scalar("proton_flux_4MeV", 45, "protons > 4 MeV", "1/(cm^2 s sr)", 99_999.99));
        v.add(scalar("proton_flux_10MeV", 46, "protons > 10 MeV", "1/(cm^2 s sr)", 99_999.99));
        v.add(scalar("proton_flux_30MeV", 47, "protons > 30 MeV", "1/(cm^2 s sr)", 99_999.99));
        v.add(scalar("proton_flux_60MeV", 48, "protons > 60 MeV", "1/(cm^2 s sr)", 99_999.99));
        v.add(scalar("ap", 50, "ap", "nT", 999));
        v.add(scalar("F10_7", 51, "F10.7", "sfu", 999.9));
        v.add(scalar("PC_N", 52, "PC(N)", "", 999.9));
        v.add(scalar("AL", 53, "AL", "nT", 99999));
        v.add(scalar("AU", 54, "AU", "nT", 99999));
        v.add(scalar("Mach_magnetosonic", 55, "Mms", "", 99.9));
        return v;
    }

    /** A scalar from OMNI word {@code word} (1-based, as in {@code omni2.text}). */
    private static ColumnVariable scalar(String name, int word, String label, String units, double fill) {
        return ColumnVariable.scalar(name, word - 1, Metadata.builder().label(label).units(units).fillValue(fill).build());
    }

    /** A vector from OMNI words {@code words} (1-based), in that order. */
    private static ColumnVariable vector(String name, List<Integer> words, String label, String units, double fill,
            String frame, String... components) {
        Metadata metadata = Metadata.builder().label(label).units(units).fillValue(fill).coordinateSystem(frame)
                .componentLabels(List.of(components)).build();
        return new ColumnVariable(name, words.stream().map(w -> w - 1).toList(), metadata, List.of());
    }
}
