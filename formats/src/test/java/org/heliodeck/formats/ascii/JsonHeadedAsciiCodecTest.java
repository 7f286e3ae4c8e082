package org.heliodeck.formats.ascii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.Codecs;
import org.heliodeck.formats.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonHeadedAsciiCodecTest {

    private final JsonHeadedAsciiCodec codec = new JsonHeadedAsciiCodec();

    @TempDir
    Path dir;

    @Test
    void readsAQinDentonDay() throws IOException {
        Path file = SharedData.file("ascii/QinDenton_20120901_hour.txt");
        assertThat(Codecs.forFile(file)).get().extracting(c -> c.name()).isEqualTo("json-headed-ascii");

        DataSet data = codec.read(file);

        Variable g = data.variable("G").orElseThrow();
        assertThat(g.records()).isEqualTo(24);
        assertThat(g.values().shape()).containsExactly(3);
        assertThat(g.metadata().componentLabels()).containsExactly("G1", "G2", "G3");
        assertThat(g.time().get(0)).isEqualTo(Tt2000.parse("2012-09-01T00:00:00Z"));
        assertThat(g.time().get(23)).isEqualTo(Tt2000.parse("2012-09-01T23:00:00Z"));
        assertThat(g.values().get(0, 0)).isEqualTo(0.70);
        assertThat(g.values().get(0, 2)).isEqualTo(1.64);
        Variable dst = data.variable("Dst").orElseThrow();
        assertThat(dst.values().shape()).isEmpty();
        assertThat(dst.metadata().units()).isEqualTo("nT");
        assertThat(dst.values().get(0, 0)).isEqualTo(14.0);
        assertThat(dst.values().get(23, 0)).isEqualTo(6.0);
        assertThat(data.variable("Bz").orElseThrow().values().shape()).containsExactly(6);
        assertThat(data.variable("W_status").orElseThrow().values().get(23, 5)).isEqualTo(2.0);
        assertThat(data.variable("Kp").orElseThrow().metadata().units()).as("dimless").isEmpty();
        assertThat(data.variable("DateTime")).isEmpty();
        assertThat(data.attributes()).containsEntry("OriginFile", "");
    }

    @Test
    void readsTheNextQinDentonDay() throws IOException {
        DataSet data = codec.read(SharedData.file("ascii/QinDenton_20120902_hour.txt"));

        Variable pdyn = data.variable("Pdyn").orElseThrow();
        assertThat(pdyn.records()).isEqualTo(24);
        assertThat(pdyn.time().get(23)).isEqualTo(Tt2000.parse("2012-09-02T23:00:00Z"));
        assertThat(pdyn.values().get(0, 0)).isEqualTo(0.76);
        assertThat(pdyn.values().get(23, 0)).isEqualTo(1.76);
        assertThat(data.variable("Dst").orElseThrow().values().get(23, 0)).isEqualTo(-45.0);
    }

    @Test
    void readsAnRbspMagneticEphemerisWithPitchAngleBinsAndTextColumnsLeftOut() throws IOException {
        DataSet data = codec.read(SharedData.file("ascii/20130218_rbspa_MagEphem.txt"));

        Variable lstar = data.variable("Lstar").orElseThrow();
        assertThat(lstar.records()).isEqualTo(2);
        assertThat(lstar.time().get(1)).isEqualTo(Tt2000.parse("2013-02-18T00:05:00Z"));
        assertThat(lstar.values().shape()).containsExactly(18);
        assertThat(lstar.values().get(0, 0)).isEqualTo(5.87364);
        assertThat(lstar.values().get(1, 1)).isEqualTo(5.8968);
        assertThat(lstar.metadata().displayType()).isEqualTo(DisplayType.SPECTROGRAM);
        Axis alpha = lstar.axes().getFirst();
        assertThat(alpha.name()).isEqualTo("Alpha");
        assertThat(alpha.units()).isEqualTo("Degrees");
        assertThat(alpha.centre(0, 0)).isEqualTo(90.0);
        assertThat(alpha.centre(0, 17)).isEqualTo(5.0);
        assertThat(data.variable("L").orElseThrow().values().get(0, 0)).isEqualTo(6.5582);
        Variable rgeo = data.variable("Rgeo").orElseThrow();
        assertThat(rgeo.metadata().componentLabels()).containsExactly("Rgeo_x", "Rgeo_y", "Rgeo_z");
        assertThat(rgeo.metadata().fillValue()).isEqualTo(-1e31);
        assertThat(rgeo.values().get(0, 0)).isEqualTo(5.243212);
        assertThat(data.variable("Dst").orElseThrow().values().get(0, 0)).isEqualTo(-5.0);
        assertThat(data.variable("IntModel")).as("a column of words").isEmpty();
        assertThat(data.variable("FieldLineType")).isEmpty();
        assertThat(data.attributes().get("PerigeeTimes")).startsWith("2013-02-18T05:05:46.358Z, ");
    }

    @Test
    void aBrokenJsonHeaderIsRefusedWithTheFileLine() throws IOException {
        String text = Files.readString(SharedData.file("ascii/QinDenton_20120901_hour.txt"));
        Path file = Files.writeString(dir.resolve("qd.txt"), text.replace("\"START_COLUMN\": 8,", "\"START_COLUMN\": 8,,"));

        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("qd.txt, line 66: bad JSON header");
    }

    @Test
    void aNonNumericValueIsRefusedWithFileLineFieldAndName() throws IOException {
        String text = Files.readString(SharedData.file("ascii/QinDenton_20120901_hour.txt"));
        Path file = Files.writeString(dir.resolve("qd.txt"), text.replaceFirst("304\\.0", "304.0x"));

        assertThatThrownBy(() -> codec.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageMatching("qd\\.txt, line \\d+, field 10: '304\\.0x' is not a number \\(Vsw\\)");
    }
}
