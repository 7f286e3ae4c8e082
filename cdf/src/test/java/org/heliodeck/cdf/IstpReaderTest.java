package org.heliodeck.cdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;

class IstpReaderTest {

    private final List<String> warnings = new ArrayList<>();

    @Test
    void pspMagneticFieldWithLabelsFillAndTt2000() throws IOException {
        try (CdfFile cdf = CdfFile.open(SharedData.file("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf"))) {
            IstpReader istp = new IstpReader(cdf, warnings::add);
            assertThat(istp.product()).isEqualTo("psp_fld_l2_mag_RTN_1min");
            assertThat(istp.dataVariables()).extracting(CdfVariable::name).contains("psp_fld_l2_mag_RTN_1min");
            Variable b = istp.read("psp_fld_l2_mag_RTN_1min");
            assertThat(b.records()).isEqualTo(118);
            assertThat(b.time().get(0)).isEqualTo(Tt2000.parse("2020-01-04T02:33:30Z"));
            assertThat(b.metadata().units()).isEqualTo("nT");
            assertThat(b.metadata().label()).isEqualTo("B_RTN");
            assertThat(b.metadata().componentLabels()).hasSize(3);
            assertThat(b.metadata().fillValue()).isEqualTo(-1.0e31, org.assertj.core.data.Offset.offset(1e24));
            // Record 0 is fill in the file: NaN here. Record 1 as the dump shows it.
            assertThat(b.values().get(0, 0)).isNaN();
            assertThat(b.values().get(1, 0)).isEqualTo(-4.246644496917725);
            assertThat(b.values().get(1, 2)).isEqualTo(2.8181190490722656);
            assertThat(b.metadata().attributes()).containsEntry("CATDESC", "Magnetic field in RTN coordinates (1 minute cadence)");

            Variable slice = istp.read("psp_fld_l2_mag_RTN_1min", TimeRange.of("2020-01-04T02:34:30Z", "2020-01-04T02:36:30Z"));
            assertThat(slice.records()).isEqualTo(2);
            assertThat(slice.values().get(0, 0)).isEqualTo(-4.246644496917725);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aceKeyParametersWithEpochTimesAndRVariables() throws IOException {
        try (CdfFile cdf = CdfFile.open(SharedData.file("cdf/ac_k2_mfi_20220101_v03.cdf"))) {
            IstpReader istp = new IstpReader(cdf, warnings::add);
            Variable b = istp.read("BGSEc");
            assertThat(b.records()).isEqualTo(24);
            assertThat(b.time().get(0)).isEqualTo(Tt2000.parse("2022-01-01T00:00:00Z"));
            assertThat(b.time().get(23)).isEqualTo(Tt2000.parse("2022-01-01T23:00:00Z"));
            assertThat(b.metadata().componentLabels()).containsExactly("Bx GSE", "By GSE", "Bz GSE");
            assertThat(b.values().get(0, 0)).isEqualTo(-6.068999767303467);
            // DEPEND_1 points at a text variable ("cartesian"): a common mistake, no bins from it.
            assertThat(b.axes()).isEmpty();
            Variable magnitude = istp.read("Magnitude");
            assertThat(magnitude.values().get(0, 0)).isEqualTo(8.348999977111816);
        }
    }

    @Test
    void isoisCountRatesAreASpectrogramWithBins() throws IOException {
        try (CdfFile cdf = CdfFile.open(SharedData.file("cdf/psp_isois-epilo_l2-ic_20190401_v0.0.0.cdf"))) {
            Variable rates = new IstpReader(cdf, warnings::add).read("H_CountRate_ChanT");
            assertThat(rates.records()).isEqualTo(100);
            assertThat(rates.values().shape()).containsExactly(80, 48);
            assertThat(rates.metadata().displayType()).isEqualTo(DisplayType.SPECTROGRAM);
            assertThat(rates.metadata().scaleType()).isEqualTo(ScaleType.LOG);
            assertThat(rates.axes()).hasSize(2);
            assertThat(rates.axes().get(0).name()).isEqualTo("Look_Direction_80");
            assertThat(rates.axes().get(0).centre(0, 79)).isEqualTo(79);
            assertThat(rates.values().get(0, 0)).isEqualTo(0.042666368186473846);
        }
    }

    @Test
    void masterFilesGiveEmptyVariablesAndMissingTimesAreRefused() throws IOException {
        try (CdfFile cdf = CdfFile.open(SharedData.file("cdf/ac_h0_mfi_00000000_v01.cdf"))) {
            IstpReader istp = new IstpReader(cdf, warnings::add);
            CdfVariable first = istp.dataVariables().getFirst();
            assertThat(istp.read(first.name()).records()).isZero();
            assertThatThrownBy(() -> istp.read("no_such_variable")).hasMessageContaining("no variable no_such_variable");
        }
    }
}
