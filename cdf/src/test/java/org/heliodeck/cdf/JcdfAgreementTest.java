package org.heliodeck.cdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ac.bristol.star.cdf.AttributeEntry;
import uk.ac.bristol.star.cdf.CdfContent;
import uk.ac.bristol.star.cdf.CdfReader;
import uk.ac.bristol.star.cdf.GlobalAttribute;
import uk.ac.bristol.star.cdf.Variable;
import uk.ac.bristol.star.cdf.VariableAttribute;

/**
 * Every variable, record, value and attribute of every shared CDF equals what jcdf reads, except in
 * the two v2.4-layout files that jcdf misreads (shared/data/README.md): those are checked against
 * the cdflib statistics instead, in {@link ExpectedStatisticsTest}.
 */
class JcdfAgreementTest {

    static Stream<String> files() {
        return ExpectedStatisticsTest.files().filter(f -> !f.startsWith("ge_k0_cpi") && !f.startsWith("ia_k0_epi"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyValueAndAttributeEqualsJcdf(String name) throws IOException {
        Path file = SharedData.file("cdf/" + name);
        CdfContent peer = new CdfContent(new CdfReader(file.toFile()));
        try (CdfFile cdf = CdfFile.open(file)) {
            Variable[] theirs = peer.getVariables();
            List<CdfVariable> ours = cdf.variables();
            assertThat(ours).hasSize(theirs.length);
            for (int i = 0; i < theirs.length; i++) {
                compareVariable(cdf, ours.get(i), theirs[i], peer, name);
            }
            GlobalAttribute[] theirGlobals = peer.getGlobalAttributes();
            assertThat(cdf.globalAttributes()).hasSize(theirGlobals.length);
            for (int i = 0; i < theirGlobals.length; i++) {
                CdfAttribute mine = cdf.globalAttributes().get(i);
                assertThat(mine.name()).isEqualTo(theirGlobals[i].getName());
                List<CdfEntry> present = mine.entries().stream().filter(java.util.Objects::nonNull).toList();
                AttributeEntry[] theirEntries = java.util.Arrays.stream(theirGlobals[i].getEntries())
                        .filter(java.util.Objects::nonNull).toArray(AttributeEntry[]::new);
                assertThat(present).as(name + " global " + mine.name()).hasSize(theirEntries.length);
                for (int e = 0; e < theirEntries.length; e++) {
                    compareEntry(present.get(e), theirEntries[e], name + " global " + mine.name() + "[" + e + "]");
                }
            }
        }
    }

    private static void compareVariable(CdfFile cdf, CdfVariable mine, Variable theirs, CdfContent peer, String file)
            throws IOException {
        String where = file + " " + theirs.getName();
        assertThat(mine.name()).as(where).isEqualTo(theirs.getName());
        assertThat(mine.type().name()).as(where).isEqualTo(theirs.getDataType().getName());
        assertThat(mine.zVariable()).as(where).isEqualTo(theirs.isZVariable());
        assertThat(mine.recordVarying()).as(where).isEqualTo(theirs.getRecordVariance());
        int records = mine.records();
        assertThat(records).as(where + " records").isEqualTo(theirs.getRecordVariance() ? theirs.getRecordCount()
                : Math.min(theirs.getRecordCount(), 1));
        CdfData data = cdf.read(mine);
        int perRecord = data.slotsPerRecord();
        for (int r = 0; r < records; r++) {
            List<Object> expected = jcdfRecord(theirs, r, cdf.isRowMajor(), mine, perRecord);
            if (mine.type().isText()) {
                List<String> actual = new ArrayList<>();
                for (int v = 0; v < mine.valuesPerRecord(); v++) {
                    actual.add(data.text(r, v));
                }
                assertThat(actual.stream().map(JcdfAgreementTest::comparable).toList()).as(where + " record " + r)
                        .isEqualTo(expected.stream().map(o -> comparable((String) o)).toList());
            } else {
                double[] actual = new double[perRecord];
                for (int k = 0; k < perRecord; k++) {
                    actual[k] = data.number(r * perRecord + k);
                }
                double[] want = expected.stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray();
                assertThat(actual).as(where + " record " + r).containsExactly(want);
            }
        }
        for (VariableAttribute attribute : peer.getVariableAttributes()) {
            AttributeEntry entry = attribute.getEntry(theirs);
            CdfEntry myEntry = mine.attribute(attribute.getName());
            if (entry == null) {
                assertThat(myEntry).as(where + " attribute " + attribute.getName()).isNull();
            } else {
                assertThat(myEntry).as(where + " attribute " + attribute.getName()).isNotNull();
                compareEntry(myEntry, entry, where + " attribute " + attribute.getName());
            }
        }
    }

    private static void compareEntry(CdfEntry mine, AttributeEntry theirs, String where) {
        assertThat(mine.type().name()).as(where).isEqualTo(theirs.getDataType().getName());
        List<Object> expected = new ArrayList<>();
        flatten(theirs.getShapedValue(), expected);
        if (mine.isText()) {
            String theirText = expected.isEmpty() ? "" : (String) expected.getFirst();
            if (!theirText.contains("\uFFFD")) {
                assertThat(comparable(mine.text())).as(where).isEqualTo(comparable(theirText));
            }
        } else {
            assertThat(mine.numbers()).as(where).containsExactly(expected.stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray());
        }
    }

    /**
     * One record as jcdf reads it, row-major. jcdf's shaped record repeats the single stored value
     * along dimensions that do not vary; the raw record holds what is stored (what we read), in the
     * file's order, so a column-major raw record is reordered here.
     */
    private static List<Object> jcdfRecord(Variable theirs, int r, boolean rowMajor, CdfVariable mine, int slots)
            throws IOException {
        List<Object> shaped = new ArrayList<>();
        flatten(theirs.readShapedRecord(r, true, theirs.createRawValueArray()), shaped);
        if (shaped.size() == slots || mine.type().isText() && shaped.size() == mine.valuesPerRecord()) {
            return shaped;
        }
        Object raw = theirs.createRawValueArray();
        theirs.readRawRecord(r, raw);
        List<Object> stored = new ArrayList<>();
        flatten(raw, stored);
        int[] dims = mine.dims();
        if (rowMajor || dims.length < 2) {
            return stored;
        }
        int perValue = stored.size() / mine.valuesPerRecord();
        List<Object> reordered = new ArrayList<>(stored);
        int[] index = new int[dims.length];
        for (int v = 0; v < mine.valuesPerRecord(); v++) {
            int c = 0;
            for (int d = dims.length - 1; d >= 0; d--) {
                c = c * dims[d] + index[d];
            }
            for (int k = 0; k < perValue; k++) {
                reordered.set(v * perValue + k, stored.get(c * perValue + k));
            }
            for (int d = dims.length - 1; d >= 0 && ++index[d] == dims[d]; d--) {
                index[d] = 0;
            }
        }
        return reordered;
    }

    /**
     * Text up to trailing blanks and NULs: jcdf keeps NUL padding, which we drop. Strings that
     * jcdf could not decode (U+FFFD: Latin-1 bytes read as UTF-8) are left out of the comparison.
     */
    private static String comparable(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\x00]+$", "");
    }

    private static void flatten(Object value, List<Object> out) {
        if (value != null && value.getClass().isArray()) {
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                flatten(Array.get(value, i), out);
            }
        } else {
            out.add(value);
        }
    }
}
