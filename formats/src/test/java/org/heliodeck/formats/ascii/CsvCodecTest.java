package org.heliodeck.formats.ascii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.Codecs;
import org.heliodeck.formats.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCodecTest {

    private final CsvCodec codec = new CsvCodec();

    @TempDir
    Path dir;

    @Test
    void writingThenReadingGivesBackTheVariables() throws IOException {
        long t0 = Tt2000.parse("2016-12-31T23:59:59.5Z");
        long[] times = {t0, t0 + 500_000_000L, t0 + 1_500_000_000L};
        Variable b = Variable.of("P", "B_GSE", times.clone(),
                Values.of(new double[] {1.5, -2.25, 1e-300, Double.NaN, 7, 3.0e21, -0.0, 0.1, 1.0 / 3}, 3),
                List.of(), Metadata.builder().units("nT").build());
        Variable n = Variable.of("P", "N, \"p\"", times.clone(), Values.of(new double[] {4, Double.NaN, 12345.678901234567}),
                List.of(), Metadata.builder().units("cm^-3").build());
        Path file = dir.resolve("round.csv");

        codec.write(new DataSet("P", List.of(b, n), Map.of()), file);
        DataSet back = codec.read(file);

        assertThat(Files.readAllLines(file).getFirst()).isEqualTo("time,B_GSE[0] (nT),B_GSE[1] (nT),B_GSE[2] (nT),\"N, \"\"p\"\" (cm^-3)\"");
        assertThat(Files.readAllLines(file).get(2)).isEqualTo("2016-12-31T23:59:60.000Z,,7,3.0E21,");
        assertThat(back.product()).isEqualTo("round");
        assertThat(back.variables()).hasSize(2);
        for (Variable original : List.of(b, n)) {
            Variable read = back.variable(original.name()).orElseThrow();
            assertThat(read.time()).isEqualTo(original.time());
            assertThat(read.values()).isEqualTo(original.values());
            assertThat(read.metadata().units()).isEqualTo(original.metadata().units());
        }
    }

    @Test
    void variablesWithDifferentTimesShareRowsAndLeaveGapsEmpty() throws IOException {
        Variable a = Variable.of("P", "a", new long[] {0, 2_000_000_000L}, Values.of(new double[] {1, 2}), List.of(),
                Metadata.builder().build());
        Variable c = Variable.of("P", "c", new long[] {1_000_000_000L}, Values.of(new double[] {3}), List.of(),
                Metadata.builder().build());
        Path file = dir.resolve("gaps.csv");

        codec.write(new DataSet("P", List.of(a, c), Map.of()), file);
        DataSet back = codec.read(file);

        assertThat(Files.readAllLines(file)).hasSize(4);
        Variable readC = back.variable("c").orElseThrow();
        assertThat(readC.records()).isEqualTo(3);
        assertThat(readC.values().get(0, 0)).isNaN();
        assertThat(readC.values().get(1, 0)).isEqualTo(3.0);
    }

    @Test
    void readsSemicolonFilesSkippingTextColumnsAndFindingTheTimeAnywhere() throws IOException {
        Path file = Files.writeString(dir.resolve("sheet.csv"), """
                # exported
                station;when;T (K);note;year
                A;2020-05-01T10:00Z;300.5;sunny;2020
                B;2020-05-01T11:00Z;;cloudy;2020
                """);

        DataSet data = codec.read(file);

        assertThat(data.variables()).extracting(Variable::name).containsExactly("T", "year");
        Variable t = data.variable("T").orElseThrow();
        assertThat(t.metadata().units()).isEqualTo("K");
        assertThat(t.time().get(1)).isEqualTo(Tt2000.parse("2020-05-01T11:00Z"));
        assertThat(t.values().get(0, 0)).isEqualTo(300.5);
        assertThat(t.values().get(1, 0)).isNaN();
    }

    @Test
    void readsHeaderlessCsvSuchAsHapiData() throws IOException {
        DataSet data = codec.read(SharedData.file("hapi/HAPI_sample_csv.csv"));

        Variable magnitude = data.variable("column_2").orElseThrow();
        assertThat(magnitude.records()).isEqualTo(48);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < magnitude.records(); i++) {
            min = Math.min(min, magnitude.values().get(i, 0));
            max = Math.max(max, magnitude.values().get(i, 0));
        }
        // As sort -t, -k2 -n finds them in the file.
        assertThat(min).isEqualTo(2.656);
        assertThat(max).isEqualTo(16.041);
    }

    @Test
    void recognisesHeadedCsvButLeavesHapiCsvToItsOwnCodec() throws IOException {
        Path headed = Files.writeString(dir.resolve("x.csv"), "time,v\n2020-01-01,1\n");

        assertThat(codec.recognises("x.csv", Files.readAllBytes(headed))).isTrue();
        assertThat(codec.recognises("x.txt", Files.readAllBytes(headed))).isFalse();
        assertThat(Codecs.forFile(headed)).get().extracting(c -> c.name()).isEqualTo("csv");
        Path hapi = SharedData.file("hapi/HAPI_sample_csv.csv");
        assertThat(codec.recognises("HAPI_sample_csv.csv", Files.readAllBytes(hapi))).isFalse();
    }

    @Test
    void badInputIsRefusedWithFileLineAndField() throws IOException {
        Path noTime = Files.writeString(dir.resolve("notime.csv"), "a,b\n1,2\n");
        Path word = Files.writeString(dir.resolve("word.csv"), "time,v\n2020-01-01,1\n2020-01-02,x\n");
        Path badTime = Files.writeString(dir.resolve("badtime.csv"), "time,v\n2020-01-01,1\n2020-01-32,2\n");
        Path cut = Files.writeString(dir.resolve("cut.csv"), "time,v,w\n2020-01-01,1,2\n2020-01-02,1\n");

        assertThatThrownBy(() -> codec.read(noTime)).isInstanceOf(DataFormatException.class)
                .hasMessage("notime.csv, line 2: no field is an ISO 8601 time");
        assertThatThrownBy(() -> codec.read(word)).hasMessage("word.csv, line 3, field 2: 'x' is not a number (v)");
        assertThatThrownBy(() -> codec.read(badTime)).hasMessageStartingWith("badtime.csv, line 3, field 1: ");
        assertThatThrownBy(() -> codec.read(cut)).hasMessageStartingWith("cut.csv, line 3: has 2 fields");
    }
}
