package org.heliodeck.cdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ac.bristol.star.cdf.CdfContent;
import uk.ac.bristol.star.cdf.CdfReader;

/** Real variables written as ISTP CDF read back as the same variables, with our reader and with jcdf. */
class IstpWriterTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void realVariablesRoundTrip(boolean gzip, @TempDir Path dir) throws IOException {
        Variable field;
        Variable rates;
        try (CdfFile psp = CdfFile.open(SharedData.file("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf"));
                CdfFile isois = CdfFile.open(SharedData.file("cdf/psp_isois-epilo_l2-ic_20190401_v0.0.0.cdf"))) {
            List<String> sourceWarnings = new java.util.ArrayList<>();
            field = new IstpReader(psp, sourceWarnings::add).read("psp_fld_l2_mag_RTN_1min");
            rates = new IstpReader(isois, sourceWarnings::add).read("H_CountRate_ChanT");
            // ISOIS gives energy bins per look direction (80 x 48); an Axis holds one dimension of bins.
            assertThat(sourceWarnings).containsExactly(
                    "H_CountRate_ChanT: DEPEND_2 H_ChanT_Energy has 3840 values for a dimension of 48: bins ignored");
        }
        Path file = dir.resolve("out.cdf");
        new IstpWriter(gzip).write(List.of(field, rates), Map.of("Project", "Heliodeck test"), file);

        List<String> warnings = new java.util.ArrayList<>();
        try (CdfFile cdf = CdfFile.open(file)) {
            IstpReader reader = new IstpReader(cdf, warnings::add);
            assertThat(reader.dataVariables()).extracting(CdfVariable::name)
                    .containsExactly("psp_fld_l2_mag_RTN_1min", "H_CountRate_ChanT");
            assertSame(reader.read("psp_fld_l2_mag_RTN_1min"), field);
            assertSame(reader.read("H_CountRate_ChanT"), rates);
        }
        assertThat(warnings).isEmpty();
        // jcdf reads the file too, with the same variables.
        assertThat(new CdfContent(new CdfReader(file.toFile())).getVariables()).extracting(uk.ac.bristol.star.cdf.Variable::getName)
                .contains("Epoch", "Epoch_1", "psp_fld_l2_mag_RTN_1min", "label_psp_fld_l2_mag_RTN_1min", "H_CountRate_ChanT");
    }

    @org.junit.jupiter.api.Test
    void aRangeOfAFileWhoseTimesAreOutOfOrderIsStillRight(@TempDir Path dir) throws IOException {
        long t0 = org.heliodeck.core.time.Tt2000.parse("2020-01-01");
        long hour = 3_600_000_000_000L;
        // Written in the order 3, 0, 2, 1 (hours): a binary search on these times would cut the wrong records.
        long[] times = {t0 + 3 * hour, t0, t0 + 2 * hour, t0 + hour};
        double[] values = {3, 0, 2, 1};
        Path file = dir.resolve("disordered.cdf");
        new CdfWriter().variable("Epoch", CdfDataType.TIME_TT2000, 1, new int[0], true, 4, times, null, Map.of())
                .variable("x", CdfDataType.REAL8, 1, new int[0], true, 4, values, null, Map.of("DEPEND_0", CdfEntry.of("Epoch")))
                .write(file);
        try (CdfFile cdf = CdfFile.open(file)) {
            Variable x = new IstpReader(cdf).read("x", org.heliodeck.core.time.TimeRange.of("2020-01-01T01", "2020-01-01T03"));
            assertThat(x.records()).isEqualTo(2);
            assertThat(x.values().get(0, 0)).isEqualTo(1);
            assertThat(x.values().get(1, 0)).isEqualTo(2);
        }
    }

    private static void assertSame(Variable actual, Variable expected) {
        assertThat(actual.records()).isEqualTo(expected.records());
        assertThat(actual.values().shape()).containsExactly(expected.values().shape());
        for (int r = 0; r < expected.records(); r++) {
            assertThat(actual.time().get(r)).isEqualTo(expected.time().get(r));
            for (int k = 0; k < expected.values().recordSize(); k++) {
                double want = expected.values().get(r, k);
                double got = actual.values().get(r, k);
                if (Double.isNaN(want)) {
                    assertThat(got).isNaN();
                } else {
                    assertThat(got).isEqualTo(want);
                }
            }
        }
        assertThat(actual.metadata().units()).isEqualTo(expected.metadata().units());
        assertThat(actual.metadata().label()).isEqualTo(expected.metadata().label());
        assertThat(actual.metadata().componentLabels()).isEqualTo(expected.metadata().componentLabels());
        assertThat(actual.metadata().displayType()).isEqualTo(expected.metadata().displayType());
        assertThat(actual.metadata().scaleType()).isEqualTo(expected.metadata().scaleType());
        assertThat(actual.axes()).hasSameSizeAs(expected.axes());
        for (int a = 0; a < expected.axes().size(); a++) {
            for (int b = 0; b < expected.axes().get(a).size(); b++) {
                assertThat(actual.axes().get(a).centre(0, b)).isEqualTo(expected.axes().get(a).centre(0, b));
            }
        }
    }
}
