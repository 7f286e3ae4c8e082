package org.heliodeck.formats.cdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.formats.Codecs;
import org.heliodeck.formats.DataCodec;
import org.heliodeck.formats.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdfCodecTest {

    @Test
    void isFoundByContentAndReadsTheDataVariables() throws IOException {
        Path file = SharedData.file("cdf/ac_k2_mfi_20220101_v03.cdf");
        DataCodec codec = Codecs.forFile(file).orElseThrow();
        assertThat(codec.name()).isEqualTo("cdf");
        DataSet data = codec.read(file);
        assertThat(data.product()).isEqualTo("AC_K2_MFI");
        assertThat(data.variable("BGSEc")).get().satisfies(b -> assertThat(b.records()).isEqualTo(24));
        assertThat(data.attributes()).containsKey("Project");
    }

    @Test
    void writesWhatItReads(@TempDir Path dir) throws IOException {
        DataCodec codec = Codecs.byName("cdf").orElseThrow();
        DataSet data = codec.read(SharedData.file("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf"));
        Path out = dir.resolve("copy.cdf");
        codec.write(data, out);
        DataSet back = codec.read(out);
        assertThat(back.product()).isEqualTo(data.product());
        assertThat(back.variables()).extracting(v -> v.name()).isEqualTo(data.variables().stream().map(v -> v.name()).toList());
        assertThat(back.variable("psp_fld_l2_mag_RTN_1min").orElseThrow().values())
                .isEqualTo(data.variable("psp_fld_l2_mag_RTN_1min").orElseThrow().values());
    }
}
