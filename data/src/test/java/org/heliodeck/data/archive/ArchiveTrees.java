package org.heliodeck.data.archive;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.heliodeck.cdf.IstpWriter;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeScale;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.cdf.CdfCodec;

/** Trees of real files for the described-archive tests, and their descriptions. */
final class ArchiveTrees {

    static final String PSP = "psp_fld_l2_mag_rtn_1min";
    static final String PATTERN = "{yyyy}/" + PSP + "_{yyyy}{MM}{dd}_v{version}.cdf";

    private ArchiveTrees() {}

    static Path pspDay4() {
        return SharedData.file("cdf/" + PSP + "_20200104_v02.cdf");
    }

    /**
     * {@code 2020/}: the real 2020-01-04 file as v02 beside a v01 that is not a CDF at all (read
     * it, and the test fails); and 2020-01-06 and 2020-01-07 (v01) holding the same records two and
     * three days later. (IstpWriter renames the component axis, so that a rewritten day does not
     * merge with the original one: the rewritten days are kept apart from it by a missing day.)
     */
    static void pspTree(Path root) throws IOException {
        Path year = Files.createDirectories(root.resolve("2020"));
        Files.copy(pspDay4(), year.resolve(PSP + "_20200104_v02.cdf"));
        Files.writeString(year.resolve(PSP + "_20200104_v01.cdf"), "superseded: must not be read");
        writeDaysLater(pspDay4(), 2, year.resolve(PSP + "_20200106_v01.cdf"));
        writeDaysLater(pspDay4(), 3, year.resolve(PSP + "_20200107_v01.cdf"));
    }

    /** Writes the data of a CDF file some days later (no leap second in between). */
    static void writeDaysLater(Path from, int days, Path to) throws IOException {
        DataSet day = new CdfCodec().read(from);
        List<Variable> shifted = new ArrayList<>();
        for (Variable v : day.variables()) {
            long[] times = new long[v.records()];
            for (int r = 0; r < times.length; r++) {
                times[r] = v.time().get(r) + days * TimeScale.NANOS_PER_DAY;
            }
            shifted.add(Variable.of(v.product(), v.name(), times, v.values(), v.axes(), v.metadata()));
        }
        new IstpWriter(false).write(shifted, Map.of("Logical_source", day.product()), to);
    }

    /** Writes a description file into {@code directory}, as {@link Properties} would (escaping included). */
    static Path describe(Path directory, Map<String, String> keys) throws IOException {
        Properties p = new Properties();
        p.putAll(keys);
        Path file = directory.resolve(LocalArchive.DESCRIPTION);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, null);
        }
        return file;
    }
}
