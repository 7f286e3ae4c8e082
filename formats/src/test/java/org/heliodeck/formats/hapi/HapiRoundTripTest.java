package org.heliodeck.formats.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HapiRoundTripTest {

    private static final List<String> READABLE_SAMPLES = List.of("HAPI_sample_csv.csv",
            "HAPI_sample_csv_multiple_vars.csv", "HAPI_amda_imf_all.binary", "HAPI_ndData_TimeIndependent_Axis.binary",
            "HAPI_ndData_TimeIndependent_Axis.csv", "HAPI_ndData_TimeVarying_Axis.binary",
            "HAPI_sample_TestData3.3.binary");

    private static final List<HapiCodec> CODECS = List.of(new HapiCsvCodec(), new HapiBinaryCodec(), new HapiJsonCodec());

    private static HapiTable readSample(String name) throws IOException {
        Path file = SharedData.file("hapi/" + name);
        return (name.endsWith(".csv") ? new HapiCsvCodec() : new HapiBinaryCodec()).readTable(file);
    }

    private static byte[] written(HapiWriter writer, HapiTable table, boolean header) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(table, out, header);
        return out.toByteArray();
    }

    private static HapiTable reread(HapiReader reader, byte[] bytes) throws IOException {
        return reader.read(new ByteArrayInputStream(bytes), "written");
    }

    /** Same times and columns: the numbers bit for bit, as JSON/CSV write the shortest exact decimal. */
    private static void assertSameData(HapiTable actual, HapiTable expected) {
        assertThat(actual.rows()).isEqualTo(expected.rows());
        for (int r = 0; r < expected.rows(); r++) {
            assertThat(actual.time(r)).isEqualTo(expected.time(r));
        }
        assertThat(actual.columns()).isEqualTo(expected.columns());
    }

    private static void assertSameVariables(DataSet actual, DataSet expected) {
        assertThat(actual.variables()).hasSameSizeAs(expected.variables());
        for (Variable e : expected.variables()) {
            Variable a = actual.variable(e.name()).orElseThrow();
            assertThat(a.time()).isEqualTo(e.time());
            assertThat(a.values()).isEqualTo(e.values());
            assertThat(a.axes()).isEqualTo(e.axes());
            assertThat(a.metadata()).isEqualTo(e.metadata());
        }
    }

    @Test
    void everySampleReadsBackTheSameFromEveryFormat() throws IOException {
        List<HapiReader> readers = List.of(new HapiCsvReader(), new HapiBinaryReader(), new HapiJsonReader());
        List<HapiWriter> writers = List.of(new HapiCsvWriter(), new HapiBinaryWriter(), new HapiJsonWriter());
        for (String sample : READABLE_SAMPLES) {
            HapiTable table = readSample(sample);
            for (int f = 0; f < readers.size(); f++) {
                HapiTable back = reread(readers.get(f), written(writers.get(f), table, true));

                assertSameData(back, table);
                assertThat(back.info().format()).contains(List.of("csv", "binary", "json").get(f));
                assertSameVariables(HapiDataSetMapping.toDataSet(back, "p"), HapiDataSetMapping.toDataSet(table, "p"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HAPI_amda_imf_all.binary", "HAPI_ndData_TimeIndependent_Axis.binary",
        "HAPI_ndData_TimeVarying_Axis.binary", "HAPI_sample_TestData3.3.binary"})
    void binaryRecordsAreWrittenBackByteForByte(String sample) throws IOException {
        Path file = SharedData.file("hapi/" + sample);
        byte[] original = Files.readAllBytes(file);
        HapiTable table = new HapiBinaryCodec().readTable(file);

        long headerBytes = HapiHeader.read(new java.io.BufferedInputStream(new ByteArrayInputStream(original)), sample)
                .bytes();

        byte[] body = written(new HapiBinaryWriter(), table, false);

        assertThat(body).isEqualTo(Arrays.copyOfRange(original, (int) headerBytes, original.length));
    }

    @Test
    void dataWithoutHeaderIsReadWithTheInfo() throws IOException {
        HapiTable table = readSample("HAPI_sample_csv_multiple_vars.csv");
        List<HapiReader> readers = List.of(new HapiCsvReader(), new HapiBinaryReader(), new HapiJsonReader());
        List<HapiWriter> writers = List.of(new HapiCsvWriter(), new HapiBinaryWriter(), new HapiJsonWriter());
        for (int f = 0; f < readers.size(); f++) {
            byte[] bytes = written(writers.get(f), table, false);

            assertThat(bytes[0]).isNotEqualTo((byte) '#');
            assertSameData(readers.get(f).read(new ByteArrayInputStream(bytes), table.info(), "bare"), table);
        }
        assertThat(new String(written(new HapiCsvWriter(), table, false), StandardCharsets.UTF_8))
                .startsWith("1997-09-02T00:00:00.000Z,2.658,0.654,-1.157,-2.252,0.654,-1.622,-1.944,744944.0,37435.0,"
                        + "95794.0\n");
    }

    @Test
    void codecsWriteDataSetsTheyReadBackIdentically(@TempDir Path dir) throws IOException {
        for (String sample : READABLE_SAMPLES) {
            DataSet data = (sample.endsWith(".csv") ? new HapiCsvCodec() : new HapiBinaryCodec())
                    .read(SharedData.file("hapi/" + sample));
            for (HapiCodec codec : CODECS) {
                Path file = dir.resolve(sample + "." + codec.name());
                codec.write(data, file);

                assertSameVariables(codec.read(file), data);
            }
        }
    }

    @Test
    void variablesWithoutHapiMetadataAreDescribedFromTheirOwn(@TempDir Path dir) throws IOException {
        long t0 = Tt2000.parse("2024-02-29T23:59:59.123456789Z");
        long[] times = {t0, t0 + 1_000_000_001L, t0 + 2_000_000_002L};
        Variable b = Variable.of("demo", "B", times.clone(), Values.of(new double[] {1, 2, 3, 4, Double.NaN, 6, 7, 8, 9}, 3),
                List.of(), Metadata.builder().units("nT").componentLabels(List.of("Bx", "By", "Bz")).fillValue(-1e31)
                        .build());
        Axis energy = Axis.constant("energy", "keV", "Energy", ScaleType.LOG, new double[] {10, 100})
                .withRanges(Values.of(new double[] {5, 50}, 2), Values.of(new double[] {50, 500}, 2));
        Variable flux = Variable.of("demo", "flux", times.clone(), Values.of(new double[] {1, 2, 3, 4, 5, 6}, 2),
                List.of(energy), Metadata.builder().units("1/cm2").build());
        Axis sweep = Axis.timeVarying("frequency", "Hz", "frequency", ScaleType.LINEAR,
                Values.of(new double[] {1, 2, 3, 4, 5, 6}, 2));
        Variable spectrum = Variable.of("demo", "spectrum", times.clone(), Values.of(new double[] {6, 5, 4, 3, 2, 1}, 2),
                List.of(sweep), Metadata.builder().build());
        DataSet data = new DataSet("demo", List.of(b, flux, spectrum), Map.of());

        for (HapiCodec codec : CODECS) {
            Path file = dir.resolve("demo." + codec.name());
            codec.write(data, file);
            DataSet back = codec.read(file);

            Variable b2 = back.variable("B").orElseThrow();
            assertThat(b2.time()).isEqualTo(b.time());
            assertThat(b2.values()).isEqualTo(b.values());
            assertThat(b2.metadata().componentLabels()).containsExactly("Bx", "By", "Bz");
            assertThat(b2.metadata().fillValue()).isEqualTo(-1e31);
            Axis energy2 = back.variable("flux").orElseThrow().axes().getFirst();
            assertThat(energy2.centres()).isEqualTo(energy.centres());
            assertThat(energy2.ranges()).isEqualTo(energy.ranges());
            assertThat(energy2.label()).isEqualTo("Energy");
            Axis sweep2 = back.variable("spectrum").orElseThrow().axes().getFirst();
            assertThat(sweep2.timeVarying()).isTrue();
            assertThat(sweep2.centres()).isEqualTo(sweep.centres());
            assertThat(back.variable("spectrum_frequency_centers")).isPresent();
        }
        assertThat(Files.readString(dir.resolve("demo.hapi-csv")))
                .contains("\n2024-02-29T23:59:59.123456789Z,1.0,2.0,3.0,");
    }

    @Test
    void variablesOnDifferentTimesAreRefused() {
        Variable a = Variable.of("p", "a", new long[] {1, 2}, Values.of(new double[] {1, 2}), List.of(),
                Metadata.builder().build());
        Variable b = Variable.of("p", "b", new long[] {1, 3}, Values.of(new double[] {1, 2}), List.of(),
                Metadata.builder().build());

        assertThatThrownBy(() -> HapiDataSetMapping.toTable(new DataSet("p", List.of(a, b), Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a' and 'b' have different times");
    }

    @Test
    void stringIntegerAndTimeParametersSurviveEveryFormat(@TempDir Path dir) throws IOException {
        String csv = """
                #{"HAPI": "3.3", "status": {"code": 1200, "message": "OK"}, "parameters": [
                #  {"name": "Time", "type": "isotime", "units": "UTC", "fill": null, "length": 24},
                #  {"name": "mode", "type": "string", "units": null, "fill": null, "length": 4},
                #  {"name": "count", "type": "integer", "units": null, "fill": "-1", "size": [2]},
                #  {"name": "peak", "type": "isotime", "units": "UTC", "fill": null, "length": 20},
                #  {"name": "flag", "type": "string", "units": null, "fill": null, "length": 2, "size": [2]}
                #]}
                2021-01-01T00:00:00.000Z,"burst, high",7,-1,2021-01-01T00:00:05Z,ok,"a""b"
                2021-01-01T00:00:01.000Z,é,-2147483648,2147483647,2021-01-01T00:00:06Z,"multi
                line",
                """;
        HapiTable table = new HapiCsvReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "strings.csv");

        StringColumn mode = (StringColumn) table.column("mode").orElseThrow();
        assertThat(mode.values()).containsExactly("burst, high", "é");
        assertThat(((StringColumn) table.column("flag").orElseThrow()).values())
                .containsExactly("ok", "a\"b", "multi\nline", "");
        assertThat(((StringColumn) table.column("peak").orElseThrow()).get(1, 0)).isEqualTo("2021-01-01T00:00:06Z");
        NumericColumn count = (NumericColumn) table.column("count").orElseThrow();
        assertThat(count.values().get(1, 0)).isEqualTo(Integer.MIN_VALUE);
        assertThat(count.values().get(0, 1)).isEqualTo(-1);

        List<HapiReader> readers = List.of(new HapiCsvReader(), new HapiBinaryReader(), new HapiJsonReader());
        List<HapiWriter> writers = List.of(new HapiCsvWriter(), new HapiBinaryWriter(), new HapiJsonWriter());
        for (int f = 0; f < readers.size(); f++) {
            HapiTable back = reread(readers.get(f), written(writers.get(f), table, true));

            assertThat(back.rows()).isEqualTo(2);
            assertThat(back.column("count")).contains(count);
            for (String name : List.of("mode", "peak", "flag")) {
                assertThat(((StringColumn) back.column(name).orElseThrow()).values())
                        .isEqualTo(((StringColumn) table.column(name).orElseThrow()).values());
            }
        }
        for (HapiCodec codec : CODECS) {
            Path file = dir.resolve("strings." + codec.name());
            codec.writeTable(table, file);
            HapiTable back = codec.readTable(file);

            assertThat(back.column("count")).contains(count);
            assertThat(((StringColumn) back.column("flag").orElseThrow()).values())
                    .containsExactly("ok", "a\"b", "multi\nline", "");
        }
        // Every format widens the declared lengths to the bytes of the longest value ("burst, high").
        HapiTable binary = reread(new HapiBinaryReader(), written(new HapiBinaryWriter(), table, true));
        assertThat(binary.info().parameter("mode").orElseThrow().length()).hasValue(11);

        // A data set holds the integers as a variable, with -1 as fill; strings stay in the table.
        DataSet data = HapiDataSetMapping.toDataSet(table, "strings");
        assertThat(data.variables()).extracting(Variable::name).containsExactly("count");
        assertThat(data.variable("count").orElseThrow().values().get(0, 1)).isNaN();
    }

    @Test
    void integerNaNWithoutFillCannotBeWritten() {
        HapiParameter n = HapiParameter.of("n", HapiType.INTEGER, "", Optional.empty());
        HapiTable table = new HapiTable(HapiInfo.of(List.of(HapiParameter.of("Time", HapiType.ISOTIME, "UTC",
                Optional.empty()), n)), new long[] {0}, List.of(new NumericColumn(n, Values.of(new double[] {Double.NaN}))));

        assertThatThrownBy(() -> written(new HapiBinaryWriter(), table, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integer parameter 'n' is missing (NaN)");
    }
}
