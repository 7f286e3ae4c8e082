package org.heliodeck.cdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared CDF gives, variable by variable in file order, the statistics computed with jcdf and
 * cdflib (see shared/data/README.md): names, types, dims and record counts exactly, minimum and
 * maximum exactly, sums to the rounding of a different summation order.
 */
class ExpectedStatisticsTest {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|\\[[^\\]]*\\]|[^,}]+)");

    static Stream<String> files() {
        return Stream.of("a_cdf.cdf", "a_cdf_with_compressed_vars.cdf", "a_compressed_cdf.cdf", "a_rle_compressed_cdf.cdf",
                "ac_h0_mfi_00000000_v01.cdf", "ac_h2_sis_20101105_v06.cdf", "ac_k2_mfi_20220101_v03.cdf",
                "ela_l1_state_pred_00000000_v01.cdf", "erg_pwe_hfa_l3_1min_00000000_v01.cdf", "ge_h0_cpi_00000000_v01.cdf",
                "ge_k0_cpi_19921231_v02.cdf", "ia_k0_epi_19970102_v01.cdf", "psp_fld_l2_mag_rtn_1min_20200104_v02.cdf",
                "psp_isois-epilo_l2-ic_20190401_v0.0.0.cdf", "solo_l2_rpw-lfr-surv-swf-e_00000000_v01.cdf",
                "thg_l2_mag_mek_00000000_v01.cdf", "uy_proton-distributions_swoops_00000000_v01.cdf",
                "wi_l2-30min_sms-stics-afm-magnetosphere_00000000_v01.cdf");
    }

    @ParameterizedTest
    @MethodSource("files")
    void statisticsMatchTheReference(String name) throws IOException {
        Path file = SharedData.file("cdf/" + name);
        Path expectedFile = SharedData.file("cdf/expected-stats/" + name.replace(".cdf", ".jsonl"));
        List<String> expected = Files.readAllLines(expectedFile);
        List<VariableStatistics> actual = new ArrayList<>();
        try (CdfFile cdf = CdfFile.open(file)) {
            for (CdfVariable v : cdf.variables()) {
                actual.add(VariableStatistics.of(cdf, v));
            }
        }
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Matcher m = FIELD.matcher(expected.get(i));
            java.util.Map<String, String> want = new java.util.HashMap<>();
            while (m.find()) {
                want.put(m.group(1), m.group(2));
            }
            VariableStatistics got = actual.get(i);
            String where = name + " variable " + i + " " + want.get("name");
            assertThat(got.name()).as(where).isEqualTo(want.get("name").replace("\"", ""));
            assertThat(got.type().name()).as(where).isEqualTo(want.get("type").replace("\"", ""));
            assertThat(java.util.Arrays.toString(got.dims()).replace(" ", "")).as(where).isEqualTo(want.get("dims"));
            assertThat(got.records()).as(where + " records").isEqualTo(Integer.parseInt(want.get("records")));
            assertThat(got.count()).as(where + " count").isEqualTo(Long.parseLong(want.get("count")));
            assertNumber(got.min(), want.get("min"), where + " min", 0);
            assertNumber(got.max(), want.get("max"), where + " max", 0);
            assertNumber(got.sum(), want.get("sum"), where + " sum", 1e-9);
        }
    }

    private static void assertNumber(double actual, String expected, String where, double relative) {
        if (expected.equals("null")) {
            assertThat(actual).as(where).isNaN();
            return;
        }
        double want = Double.parseDouble(expected);
        if (relative == 0) {
            assertThat(actual).as(where).isEqualTo(want);
        } else {
            assertThat(actual).as(where).isCloseTo(want, org.assertj.core.data.Offset.offset(Math.abs(want) * relative + 1e-9));
        }
    }
}
