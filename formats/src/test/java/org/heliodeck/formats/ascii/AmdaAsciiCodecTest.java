package org.heliodeck.formats.ascii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.Codecs;
import org.heliodeck.formats.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmdaAsciiCodecTest {

    private final AmdaAsciiCodec codec = new AmdaAsciiCodec();

    @TempDir
    Path dir;

    @Test
    void readsTheMavenSepSpectrogramWithItsEnergyBins() throws IOException {
        Path file = SharedData.file("services/amda/amda_sample_spectro.txt");
        assertThat(Codecs.forFile(file)).get().extracting(c -> c.name()).isEqualTo("amda-ascii");

        DataSet data = codec.read(file);

        assertThat(data.product()).isEqualTo("mvn-sep1-clb");
        assertThat(data.attributes()).containsEntry("INTERVAL_START", "2015-10-18T00:01:17.000");
        Variable fe = data.variable("mav_sep1_fe").orElseThrow();
        assertThat(fe.records()).isEqualTo(44);
        assertThat(fe.values().shape()).containsExactly(15);
        assertThat(fe.metadata().units()).isEqualTo("1/cm#u2#d/sec/ster/keV");
        assertThat(fe.metadata().label()).isEqualTo("electrons : forward");
        assertThat(fe.metadata().displayType()).isEqualTo(DisplayType.SPECTROGRAM);
        assertThat(fe.time().get(0)).isEqualTo(Tt2000.parse("2015-10-18T00:01:19.422Z"));
        assertThat(fe.time().get(43)).isEqualTo(Tt2000.parse("2015-10-18T00:07:03.419Z"));
        assertThat(fe.values().get(0, 0)).isEqualTo(1.44);
        assertThat(fe.values().get(0, 14)).isEqualTo(0.053);
        assertThat(fe.values().get(43, 1)).isEqualTo(2.88);
        assertThat(fe.values().get(43, 14)).isEqualTo(0.0);
        Axis energy = fe.axes().getFirst();
        assertThat(energy.name()).isEqualTo("energy");
        assertThat(energy.units()).isEqualTo("keV");
        assertThat(energy.scale()).isEqualTo(ScaleType.LOG);
        assertThat(energy.ranges().orElseThrow().lower().get(0, 0)).isEqualTo(20.3264);
        assertThat(energy.ranges().orElseThrow().upper().get(0, 14)).isEqualTo(229.726);
        assertThat(energy.centre(0, 0)).isEqualTo((20.3264 + 21.7731) / 2);
    }

    @Test
    void readsADerivedBepiColomboPosition() throws IOException {
        DataSet data = codec.read(SharedData.file("services/amda/derived_param.txt"));

        assertThat(data.product()).isEqualTo("amda-derived");
        Variable xyz = data.variable("bepi_xyz_hee").orElseThrow();
        assertThat(xyz.metadata().units()).isEqualTo("AU");
        assertThat(xyz.values().shape()).containsExactly(3);
        assertThat(xyz.axes()).isEmpty();
        assertThat(xyz.records()).isEqualTo(1);
        assertThat(xyz.time().get(0)).isEqualTo(Tt2000.parse("2019-11-08T00:00:00.001Z"));
        assertThat(List.of(xyz.values().get(0, 0), xyz.values().get(0, 1), xyz.values().get(0, 2)))
                .containsExactly(9.421308279928e-01, -3.942555302040e-01, 4.233058199379e-04);
    }

    @Test
    void readsADerivedMmsCurrentDensity() throws IOException {
        DataSet data = codec.read(SharedData.file("services/amda/derived_param2.txt"));

        Variable j = data.variable("mms1_fast_jgse").orElseThrow();
        assertThat(data.variables()).hasSize(1);
        assertThat(j.metadata().units()).isEqualTo("A/m**2");
        assertThat(j.metadata().label()).isEqualTo("j_gse");
        assertThat(j.values().shape()).containsExactly(3);
        assertThat(j.time().get(0)).isEqualTo(Tt2000.parse("2019-11-08T00:00:00.119Z"));
        assertThat(j.values().get(0, 0)).isEqualTo(1.77979e-08);
        assertThat(j.values().get(0, 2)).isEqualTo(1.34063e-08);
    }

    @Test
    void aTruncatedRowIsRefusedWithFileAndLine() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.file("services/amda/amda_sample_spectro.txt")));
        int last = lines.size() - 1;
        lines.set(last, lines.get(last).substring(0, 40));
        Path file = Files.write(dir.resolve("cut.txt"), lines);

        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("cut.txt, line " + (last + 1) + ": has 4 fields where 16 are expected");
    }

    @Test
    void aBadTimeIsRefusedWithFileLineAndField() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.file("services/amda/derived_param.txt")));
        int last = lines.size() - 1;
        lines.set(last, lines.get(last).replace("1.573171200001e+09", "1.57317x200001e+09"));
        Path file = Files.write(dir.resolve("time.txt"), lines);

        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("time.txt, line " + (last + 1) + ", field 1: '1.57317x200001e+09' is not a number of seconds since 1970 (time)");
    }
}
